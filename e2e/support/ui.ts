import { expect, type Browser, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures';
import { DEMO_PASSWORD } from './sessions';

/** Fills in and submits the sign-in form, whatever the outcome. */
export async function attemptSignIn(page: Page, email: string, password = DEMO_PASSWORD, locale = 'nl') {
  await page.goto(`/${locale}/login`);
  await page.getByLabel(/^(E-mailadres|Adresse e-mail|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Mot de passe|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Se connecter|Sign in)$/ }).click();
}

/** Signs in through the form, as a person would, and waits until the portal has let them in. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD, locale = 'nl') {
  await attemptSignIn(page, email, password, locale);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Signs out through the account menu of the top bar. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Accountmenu van / }).click();
  await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  await expect(page.getByRole('link', { name: 'Aanmelden' }).first()).toBeVisible();
}

/** The body of the newest outbox message to `address`, read as staff in the portal. */
export async function readOutbox(page: Page, address: string): Promise<string> {
  await page.goto('/nl/staff/outbox');
  await expectNoAxeViolations(page);
  const row = page.getByRole('row').filter({ hasText: address }).first();
  await row.locator('summary').click();
  return (await row.getByTestId('mail-body').textContent()) ?? '';
}

export function linkIn(body: string): string {
  const match = /https?:\/\/[^\s]+token=[A-Za-z0-9_-]+/.exec(body);
  if (!match) throw new Error(`no link in ${body}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

/**
 * A new member, registered through the form and verified through the outbox (read as staff):
 * returns a page signed in as that member.
 */
export async function registerVerifiedMember(
  browser: Browser,
  contextOptions: BrowserContextOptions,
  email: string,
  name: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto('/nl/register');
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText(`we stuurden een e-mail naar ${email}`)).toBeVisible();

  await confirmThroughOutbox(browser, page, email);
  return page;
}

/** Opens the confirmation link sent to `email` (read from the outbox as staff) in `page` and confirms: that signs the member in. */
export async function confirmThroughOutbox(browser: Browser, page: Page, email: string) {
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInWithForm(staff, 'staff@kantelpunt.demo');
  const link = linkIn(await readOutbox(staff, email));
  await staffContext.close();

  await page.goto(link);
  await page.getByRole('button', { name: 'Bevestig mijn e-mailadres' }).click();
  await expect(page).toHaveURL(/\/nl\/member$/);
}

/** The running project's device (desktop or phone), for a browser context a test opens itself. */
export function projectDevice(testInfo: TestInfo): BrowserContextOptions {
  const { viewport, isMobile, hasTouch, userAgent } = testInfo.project.use;
  return { viewport: viewport ?? undefined, isMobile, hasTouch, userAgent };
}
