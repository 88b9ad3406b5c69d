import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

/** The first table row's bottom edge, in CSS pixels from the top of the window. */
async function firstRowBottom(page: Page) {
  const box = await page.locator('table.triage tbody tr').first().boundingBox();
  return box ? box.y + box.height : Infinity;
}

test.describe('the triage workspace on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('an advisor filters with chips, searches without accents, saves a view, bulk-assigns and takes a quick look', async ({ page }) => {
    await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
    await page.goto('/nl/advisor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leden');

    // The data is the page: the first row is above the fold, and at least 15 rows show without scrolling anything.
    expect(await firstRowBottom(page)).toBeLessThanOrEqual(900);
    const rowsInView = await page
      .locator('table.triage tbody tr')
      .evaluateAll((rows) => rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length);
    expect(rowsInView).toBeGreaterThanOrEqual(15);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);

    // A filter chip applies at once, and its popover passes axe while open.
    await page.getByRole('button', { name: /^Klasse/ }).click();
    await page.getByRole('checkbox', { name: 'Kanteler' }).check();
    await expect(page).toHaveURL(/class=shifter/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Klasse ?: Kanteler/ })).toBeVisible();
    const classes = await page.locator('tbody td[data-column="class"]').allTextContents();
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.filter((c) => !c.startsWith('Kanteler'))).toEqual([]);

    // Search as you type, without accents: "amelie" finds "Boetiek Amélie".
    await page.getByRole('button', { name: 'Filter ‘Klasse’ wissen' }).click();
    await expect(page).not.toHaveURL(/class=/);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: /Zoeken/ })).toBeFocused();
    await page.keyboard.type('amelie');
    await expect(page).toHaveURL(/q=amelie/);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(page.locator('tbody tr').first()).toContainText('Boetiek Amélie');
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByRole('searchbox', { name: /Zoeken/ })).toHaveValue('');

    // The sector list arrives when its chip opens, and knows everyday words: "frituur" offers division 56.
    await page.getByRole('button', { name: /^Sector/ }).click();
    await page.getByPlaceholder('Zoek een code of sector').fill('frituur');
    await page.getByRole('radio', { name: /^56 / }).check();
    await expect(page).toHaveURL(/sector=56/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Sector ?: 56 \S/ })).toBeVisible();
    await page.getByRole('button', { name: 'Filter ‘Sector’ wissen' }).click();
    await expect(page).not.toHaveURL(/sector=/);

    // Save a view, switch to all members and back by its tab.
    await page.getByRole('button', { name: /^Klasse/ }).click();
    await page.getByRole('checkbox', { name: 'Kanteler' }).check();
    await expect(page).toHaveURL(/class=shifter/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Weergave bewaren' }).click();
    await page.getByLabel('Naam van de weergave').fill('Kantelaars');
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    const views = page.getByRole('navigation', { name: 'Bewaarde weergaven' });
    await expect(views.getByRole('link', { name: 'Kantelaars' })).toHaveAttribute('aria-current', 'page');
    await views.getByRole('link', { name: 'Alle leden' }).click();
    await expect(page).not.toHaveURL(/class=/);
    await views.getByRole('link', { name: 'Kantelaars' }).click();
    await expect(page).toHaveURL(/class=shifter/);

    // Select two rows (a click and the x key) and assign them from the selection bar.
    const names = await page.locator('tbody td[data-column="name"]').allTextContents();
    await page.getByRole('checkbox', { name: `${names[0]} selecteren` }).check();
    await page.locator('tbody tr').nth(1).focus();
    await page.keyboard.press('x');
    const bar = page.getByRole('region', { name: 'Acties voor de geselecteerde leden' });
    await expect(bar).toContainText('2 geselecteerd');
    await bar.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByLabel('Adviseur', { exact: true }).selectOption({ label: 'Els Maes' });
    await expectNoAxeViolations(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Toewijzen' }).click();
    await expect(page.getByText('2 leden toegewezen.')).toBeVisible();
    await expect(bar).toBeHidden();
    for (const name of names.slice(0, 2)) await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Els Maes');

    // Quick look from the keyboard: j moves, Enter opens, Esc closes; the table stays.
    await page.locator('tbody tr').first().focus();
    await page.keyboard.press('j');
    await expect(page.locator('tbody tr').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: names[1] });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Waarom deze klasse');
    await expectNoAxeViolations(page);
    // Log a contact from the panel: the panel and the row show it without leaving the table.
    await panel.getByLabel('Soort contact').selectOption({ label: 'Bezoek' });
    await panel.getByLabel('Samenvatting (alleen voor adviseurs)').fill('Langsgegaan: webshop besproken.');
    await panel.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByText(`Contact met ${names[1]} vastgelegd.`)).toBeVisible();
    await expect(panel).toContainText('Bezoek');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/\/nl\/advisor\?/);
  });
});

test.describe('the triage workspace on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('rows are cards, filters open in a bottom sheet and nothing scrolls sideways @phone', async ({ page }) => {
    await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
    await page.goto('/nl/advisor');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A card: name, class badge, priority and next follow-up; the other columns stay out of the way.
    const card = page.locator('tbody tr').first();
    await expect(card.locator('td[data-column="class"]')).toBeVisible();
    await expect(card.locator('td[data-column="priority"]')).toBeVisible();
    await expect(card.locator('td[data-column="sector"]')).toBeHidden();

    await page.getByRole('button', { name: /^Filters/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await expectNoAxeViolations(page);
    await sheet.getByRole('checkbox', { name: 'Kanteler' }).check();
    await expect(page).toHaveURL(/class=shifter/);
    await sheet.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
