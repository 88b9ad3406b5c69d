import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';

// Loading a real list would change the catalogue for the other tests; the integration suite
// covers a full replacement. Here: the page, and bad files refused with a clear message.
test('staff see the loaded catalogues and bad files are refused with a clear message', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/sectors');
  await expect(page.getByRole('row', { name: /NACE-BEL 2008/ })).toContainText('in gebruik voor nieuwe profielen');
  await expectNoAxeViolations(page);

  await page.getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  });
  await page.getByRole('button', { name: 'Lijst laden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dit bestand is geen CSV of XLSX.' })).toBeVisible();

  await page
    .getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)')
    .setInputFiles({ name: 'nacebel.csv', mimeType: 'text/csv', buffer: Buffer.from('Code;Omschrijving;Libellé\n') });
  await page.getByRole('button', { name: 'Lijst laden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het bestand bevat geen codes.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /NACE-BEL 2008/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /NACE-BEL 2025/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('staff change a sector’s exposure with a reason and watch the re-classification finish', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto('/nl/staff/sector-impacts');
  await expectNoAxeViolations(page);
  await page.getByLabel('NACE-code of begin van een code').fill('93.1');
  await page.getByLabel('Blootstelling').selectOption('structural');
  await page.getByRole('button', { name: 'Opslaan en opnieuw indelen' }).click();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible(); // a reason is required

  await page.getByLabel('Reden van de wijziging (verplicht)').fill('Fitnesscentra opnieuw gesloten');
  await page.getByRole('button', { name: 'Opslaan en opnieuw indelen' }).click();
  await expect(page.getByText('Sector 93.1 opgeslagen; de leden worden opnieuw ingedeeld.')).toBeVisible();
  const run = page.getByTestId('reclassifications').getByRole('listitem').first();
  await expect(run).toContainText('NACE 93.1');
  await expect(run).toContainText('Klaar', { timeout: 20_000 });
  await expect(page.getByRole('row', { name: /^93\.1 structureel/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
