import { expect, test, type Page } from '@playwright/test';
import nl from '../messages/nl.json';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

const sidebar = (page: Page) => page.getByRole('navigation', { name: nl.shell.mainNavigation }).first();

test('the sidebar marks the current page and every page has its own title, in its language', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/advisor');
  await expect(page).toHaveTitle(`${nl.pageTitles.triage} · Kantelpunt`);
  await expect(sidebar(page).getByRole('link', { name: nl.nav.triage })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar(page).locator('[aria-current="page"]')).toHaveCount(1);

  await sidebar(page).getByRole('link', { name: nl.nav.users }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/users$/);
  await expect(page).toHaveTitle(`${nl.pageTitles.users} · Kantelpunt`);
  await expect(sidebar(page).getByRole('link', { name: nl.nav.users })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar(page).getByRole('link', { name: nl.nav.triage })).not.toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);

  // A business page belongs to the triage list, and is titled with the business's name.
  await page.goto('/nl/advisor?q=lotus');
  await page.getByRole('link', { name: 'Schoonheidssalon Lotus' }).click();
  await expect(page).toHaveTitle('Schoonheidssalon Lotus · Kantelpunt');
  await expect(sidebar(page).getByRole('link', { name: nl.nav.triage })).toHaveAttribute('aria-current', 'page');

  // In the page's language.
  await page.goto('/fr/staff/imports');
  await expect(page).toHaveTitle('Importer · Kantelpunt');
});

test('the sidebar collapses to icons, keeps its labels for screen readers, and the next page is served collapsed', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/imports');
  await page.getByRole('button', { name: nl.shell.frame.collapseSidebar }).click();
  await expect(page.getByRole('button', { name: nl.shell.frame.expandSidebar })).toHaveAttribute('aria-expanded', 'false');
  const sidebarWidth = async () => (await page.locator('#sidebar').boundingBox())?.width ?? 0;
  await expect.poll(sidebarWidth).toBeLessThan(80);
  await page.reload();
  expect(await sidebarWidth()).toBeLessThan(80);
  await expect(page.getByRole('button', { name: nl.shell.frame.expandSidebar })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: nl.nav.imports })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: nl.shell.frame.expandSidebar }).click();
  await expect.poll(sidebarWidth).toBeGreaterThan(200);
});

test('an advisor who may export sees Exports in the sidebar; one who may not does not', async ({ browser }) => {
  const exporter = await (await browser.newContext()).newPage();
  await signInWithForm(exporter, 'adviseur.limburg@kantelpunt.demo');
  await expect(sidebar(exporter).getByRole('link', { name: nl.nav.exports })).toBeVisible();
  await expect(sidebar(exporter).getByRole('link', { name: nl.nav.users })).toHaveCount(0);

  const other = await (await browser.newContext()).newPage();
  await signInWithForm(other, 'adviseur2.limburg@kantelpunt.demo');
  await expect(sidebar(other).getByRole('link', { name: nl.nav.triage })).toBeVisible();
  await expect(sidebar(other).getByRole('link', { name: nl.nav.exports })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the header is one row and the menu drawer opens and closes, saying which it will do', async ({ page }) => {
    await signInWithForm(page, 'frituur@kantelpunt.demo');
    await page.goto('/nl/member/profile');
    const header = page.locator('header').first();
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
    await expect(page.locator('#sidebar')).toBeHidden();

    const trigger = page.getByRole('button', { name: nl.shell.openMenu });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await trigger.click();
    const drawer = page.getByRole('dialog', { name: nl.shell.brand });
    await expect(drawer).toBeVisible();
    // While the drawer is open its button says what it does now (the dialog hides it from the accessibility tree).
    await expect(header.locator('button[aria-expanded="true"]')).toHaveText(nl.shell.closeMenu);
    await expect(drawer.getByRole('link', { name: nl.nav.profile })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);

    await drawer.getByRole('button', { name: nl.shell.closeMenu }).click();
    await expect(drawer).toBeHidden();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');

    // Following a link closes the drawer.
    await trigger.click();
    await page.getByRole('dialog').getByRole('link', { name: nl.nav.channels }).click();
    await expect(page).toHaveURL(/\/nl\/member\/channels$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: nl.shell.openMenu })).toBeVisible();
    await expect(page).toHaveTitle(`${nl.pageTitles.channels} · Kantelpunt`);
  });

  test("a visitor's menu is the browser's own popover: it opens without JavaScript, lists the public pages and closes on Esc", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/nl/scan');
      const trigger = page.getByRole('button', { name: nl.shell.openMenu });
      const menu = page.getByRole('navigation', { name: nl.shell.mainNavigation });
      await expect(menu).toBeHidden();
      // (The browser tells screen readers whether a popover's button has it open; the DOM has no attribute to check.)
      await trigger.click();
      await expect(menu.getByRole('link', { name: nl.nav.scoreExplained })).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      // Following a link loads the page without the menu.
      await trigger.click();
      await menu.getByRole('link', { name: nl.nav.scoreExplained }).click();
      await expect(page).toHaveURL(/\/nl\/digital-score$/);
      await expect(page.getByRole('navigation', { name: nl.shell.mainNavigation })).toBeHidden();
      await context.close();
    }
  });
});

test('the favicon is the brand mark, linked from every page and served', async ({ page, request }) => {
  await page.goto('/nl');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
