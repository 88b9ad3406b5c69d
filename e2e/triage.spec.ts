import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

test('an advisor filters, sorts, hides a column and bulk-assigns in the triage table', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leden');
  await expectNoAxeViolations(page);

  // Filter: shifters only.
  await page.getByRole('checkbox', { name: 'Kanteler' }).check();
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/class=shifter/);
  await expect(page.locator('tbody tr').first()).toBeVisible(); // the table streams in
  const classes = await page.locator('tbody tr td:nth-child(5)').allTextContents();
  expect(classes.length).toBeGreaterThan(0);
  expect(classes.filter((c) => !c.startsWith('Kanteler'))).toEqual([]);

  // Sort by digital score, highest first; the filter stays.
  await page.getByRole('link', { name: /^Digitale score/ }).click();
  await expect(page).toHaveURL(/class=shifter.*sort=score&dir=desc|sort=score&dir=desc.*class=shifter/);
  await expect(page.getByRole('columnheader', { name: /Digitale score/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tbody tr').first()).toBeVisible(); // the table streams in
  const scores = (await page.locator('tbody tr td:nth-child(7)').allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  // Save this view, then open it again from the saved views.
  await page.getByLabel('Naam van deze weergave').fill('Kantelaars op score');
  await page.getByRole('button', { name: 'Weergave bewaren' }).click();
  await expect(page.getByText('Weergave ‘Kantelaars op score’ bewaard.')).toBeVisible();
  await page.goto('/nl/advisor');
  await page.getByRole('link', { name: 'Kantelaars op score' }).click();
  await expect(page).toHaveURL(/class=shifter/);
  await expect(page).toHaveURL(/sort=score&dir=desc/);

  // Hide a column.
  await page.locator('summary', { hasText: 'Kolommen' }).click();
  await page.getByRole('checkbox', { name: 'Omzet' }).uncheck();
  await expect(page.getByRole('columnheader', { name: /^Omzet/ })).toHaveCount(0);
  await page.locator('summary', { hasText: 'Kolommen' }).click(); // close the menu again

  // Bulk-assign the first two rows to a colleague of the same region.
  await expect(page.locator('tbody tr').first()).toBeVisible(); // the table streams in
  const firstTwo = await page.locator('tbody tr td:nth-child(2)').evaluateAll((cells) => cells.slice(0, 2).map((c) => c.textContent ?? ''));
  await page.getByRole('checkbox', { name: `${firstTwo[0]} selecteren` }).check();
  await page.getByRole('checkbox', { name: `${firstTwo[1]} selecteren` }).check();
  await page
    .getByRole('group', { name: /Toewijzen aan adviseur/ })
    .getByLabel('Adviseur')
    .selectOption({ label: 'Els Maes' });
  await page.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(page.getByText('2 leden toegewezen.')).toBeVisible();
  for (const name of firstTwo) await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Els Maes');
  await expectNoAxeViolations(page);
});

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
  const firstLink = page.locator('tbody tr').first().locator('td:nth-child(2)').getByRole('link');
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
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('berekend: Kanteler');

  await page.getByRole('link', { name: 'Indeling', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt de indeling');
  await expectNoAxeViolations(page);
});
