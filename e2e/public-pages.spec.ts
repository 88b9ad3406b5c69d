import { expect, test } from '@playwright/test';
import nl from '../messages/nl.json';
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { expectNoAxeViolations } from './fixtures';

const MESSAGES = { nl, fr, en } as const;

for (const [locale, messages] of Object.entries(MESSAGES)) {
  test.describe(`${locale}`, () => {
    test(`landing page explains the programme @phone`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(messages.meta.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.landing.title);
      await expect(page.getByRole('heading', { name: messages.landing.storiesTitle })).toBeVisible();
      await expect(page.getByText(messages.landing.stories.chipShop.text)).toBeVisible();
      await expectNoAxeViolations(page);
      // Nothing sticks out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test(`sign-in page has a labelled form @phone`, async ({ page }) => {
      await page.goto(`/${locale}/login`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.login.title);
      await expect(page.getByLabel(messages.login.email)).toBeVisible();
      await expect(page.getByLabel(messages.login.password)).toBeVisible();
      await expect(page.getByRole('button', { name: messages.login.submit })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`the landing leads to registration, and a new confirmation link can be asked for @phone`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole('link', { name: messages.landing.ctaRegister }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/register$`));
      await page.goto(`/${locale}/login`);
      await page.getByRole('link', { name: messages.login.resendVerification }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.resendVerification.title);
      await page.getByLabel(messages.resendVerification.email).fill('nobody-here@example.be');
      await page.getByRole('button', { name: messages.resendVerification.submit }).click();
      await expect(page.getByText(messages.resendVerification.done.replace('{email}', 'nobody-here@example.be'))).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`unknown pages get a translated not-found page`, async ({ page }) => {
      const response = await page.goto(`/${locale}/does-not-exist`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.notFound.title);
      await expectNoAxeViolations(page);
    });
  });
}

test('the language switcher keeps the page', async ({ page }) => {
  await page.goto('/nl/login');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/login$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.login.title);
});

for (const [browserLocale, expected] of [
  ['nl-BE', 'nl'],
  ['fr-BE', 'fr'],
  ['en-GB', 'en'],
  ['de-DE', 'nl'],
] as const) {
  test(`the root address sends a ${browserLocale} browser to /${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${expected}$`));
    await context.close();
  });
}

test('protected areas send anonymous visitors to the sign-in page', async ({ page }) => {
  await page.goto('/en/staff/users?q=x');
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fstaff%2Fusers%3Fq%3Dx$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.login.title);
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.database.reachable).toBe(true);
  expect(body.database.kind).toBe(process.env.E2E_DATABASE_URL ? 'postgres' : 'pglite');
});
