import { expect, type Page } from '@playwright/test';
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

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Afmelden' }).click();
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
