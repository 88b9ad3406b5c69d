import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';
import { readBack } from '../tests/support/xlsx';

const VIEW = '/nl/advisor?province=BE-VLI&class=shifter&size=100&sort=name&dir=asc';

async function exportAs(page: Page, format: RegExp, purpose: string) {
  await page.locator('summary', { hasText: 'Exporteren' }).click();
  const form = page.getByTestId('export-form');
  await form.getByRole('radio', { name: format }).check();
  await form.getByLabel('Doel van deze export').fill(purpose);
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Exporteren' }).click()]);
  await expect(form.getByTestId('export-status')).toContainText('Export klaar');
  await page.locator('summary', { hasText: 'Exporteren' }).click(); // close the panel again
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
}

test('staff export the filtered view in three formats that parse back to the rows shown; the history lists them', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto(VIEW);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  const shown = await page.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(shown.length).toBeGreaterThan(1);

  const excelCsv = await exportAs(page, /CSV voor Excel/, 'Mailing workshop webshops');
  expect(excelCsv.name).toMatch(/^kantelpunt-leden-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...excelCsv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const belgian = parse(excelCsv.content, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
  expect(belgian.map((r) => r.Onderneming)).toEqual(shown);
  expect(belgian.every((r) => r.Provincie === 'Limburg' && r.Klasse === 'Kanteler')).toBe(true);
  expect(Object.keys(belgian[0]!)).toContain('Webshop');

  const standard = parse((await exportAs(page, /Standaard-CSV/, 'Rapport voor de financier')).content, { columns: true }) as Array<Record<string, string>>;
  expect(standard.map((r) => r.Onderneming)).toEqual(shown);

  const xlsx = await exportAs(page, /Excel-werkmap/, 'Overzicht voor het bestuur');
  const sheet = await readBack(xlsx.content, 'Leden');
  expect(sheet.frozenHeader).toBe(true);
  const header = sheet.values(1);
  const names: string[] = [];
  for (let row = 2; row <= sheet.rowCount; row++) names.push(String(sheet.values(row)[header.indexOf('Onderneming')]));
  expect(names).toEqual(shown);
  expect(typeof sheet.values(2)[header.indexOf('Digitale score')]).toBe('number');
  await expectNoAxeViolations(page);

  await page.goto('/nl/advisor/exports');
  const history = page.getByTestId('export-history');
  for (const purpose of ['Mailing workshop webshops', 'Rapport voor de financier', 'Overzicht voor het bestuur']) {
    await expect(history.getByRole('row').filter({ hasText: purpose })).toContainText(String(shown.length));
  }
  await expectNoAxeViolations(page);
});

test('an export without a purpose is refused with a clear message', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto(VIEW);
  await page.locator('summary', { hasText: 'Exporteren' }).click();
  const form = page.getByTestId('export-form');
  await form.getByRole('button', { name: 'Exporteren' }).click();
  await expect(form.getByRole('alert')).toContainText('Controleer de gemarkeerde velden');
  await expect(form.getByText('Vul dit veld in.')).toBeVisible();
});

test('an advisor without the export permission gets no export, only an explanation', async ({ page }) => {
  await signInWithForm(page, 'conseiller.wallonie@kantelpunt.demo');
  await page.goto('/nl/advisor');
  await expect(page.locator('summary', { hasText: 'Exporteren' })).toHaveCount(0);
  await page.goto('/nl/advisor/exports');
  await expect(page.getByText('Je mag geen ledenlijsten exporteren')).toBeVisible();
  await expect(page.getByTestId('export-form')).toHaveCount(0);
  const refused = await page.request.post('/api/exports', { multipart: { format: 'csv', purpose: 'Toch proberen', locale: 'nl' } });
  expect(refused.status()).toBe(403);
  await expectNoAxeViolations(page);
});
