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

  await page.getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) });
  await page.getByRole('button', { name: 'Lijst laden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dit bestand is geen CSV of XLSX.' })).toBeVisible();

  await page.getByLabel('Bestand (CSV of XLSX, hoogstens 20 MB)').setInputFiles({ name: 'nacebel.csv', mimeType: 'text/csv', buffer: Buffer.from('Code;Omschrijving;Libellé\n') });
  await page.getByRole('button', { name: 'Lijst laden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het bestand bevat geen codes.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /NACE-BEL 2008/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /NACE-BEL 2025/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
