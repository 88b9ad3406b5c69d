import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

// The workspace itself (chips, search, views, selection, quick look) is in workspace.spec.ts.

test('a bad address shows the nearest valid view with a notice, never an error', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  const response = await page.goto(`/nl/advisor?sort=password_hash&dir=up&page=-3&size=9999&class=loser&q=${'%25'.repeat(50)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'Een deel van het adres klopte niet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle leden');
  await expectNoAxeViolations(page);
});

// The featured demo businesses other specs read (and expect unchanged): this spec changes none of them.
const NAMED_IN_OTHER_SPECS = ['Boetiek Amélie', 'Schoonheidssalon Lotus', 'Frituur De Gouden Friet', 'Praktijk Mindwijs'];

test('an advisor overrides a class with a reason; both classes and the history show it', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  // A Limburg shifter no other spec reads: the last by name.
  await page.goto('/nl/advisor?class=shifter&sort=name&dir=desc');
  const firstLink = page.locator('tbody tr').first().locator('td[data-column="name"]').getByRole('link');
  const name = ((await firstLink.textContent()) ?? '').trim();
  expect(name).not.toBe('');
  expect(NAMED_IN_OTHER_SPECS).not.toContain(name);
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoAxeViolations(page);

  // The override form opens in a side panel from the member page's header.
  await page.getByRole('group', { name: 'Acties voor dit lid' }).getByRole('button', { name: 'Klasse aanpassen' }).click();
  const panel = page.getByRole('dialog', { name: 'Klasse aanpassen' });
  await panel.getByLabel('Klasse', { exact: true }).selectOption('winner');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByText('Vul dit veld in.')).toBeVisible(); // the reason is mandatory

  await panel.getByLabel('Reden (verplicht)').fill('Webshop sinds oktober: omzet herstelt volgens de zaakvoerster.');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByText(/Aangepast door adviseur .*Berekend: Kanteler/)).toBeVisible();
  const classChange = page.getByTestId('timeline').locator('[data-kind="class"]').first();
  await expect(classChange).toContainText('Kanteler → Winnaar');
  await expect(classChange).toContainText('Webshop sinds oktober');

  await page.goto(`/nl/advisor?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Winnaar');
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('img', { name: /berekend: Kanteler/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Indeling', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt de indeling');
  await expectNoAxeViolations(page);
});
