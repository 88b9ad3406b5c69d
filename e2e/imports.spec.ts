import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';
import { xlsxFixture } from '../tests/support/xlsx';

/** A federation's old member list: French headers, semicolons, good, bad and duplicate rows. */
const MEMBER_LIST = [
  'Numéro d’entreprise;Nom;Code NACE;Code postal;Localité;Employés;Évolution du chiffre d’affaires',
  '0888.000.158;Boulangerie Kantelpunt;56.101;4000;Liège;3;-40', // row 2: new
  '0888000257;Fietsen Kanteling;47.711;9000;;12;8', // row 3: new, locality from the postcode
  '0888000250;Mauvais Chiffre;56.101;4000;;;', // row 4: checksum
  '0888000356;Doublon Un;56.101;4000;;;', // rows 5 and 6: the same number twice
  '0888000356;Doublon Deux;56.101;4000;;;',
  '0888000455;"=HYPERLINK(""http://evil.example"")";56.101;4000;;;', // row 7: formula
  '0888000554;Code Inconnu;99.999;4000;;;', // row 8: unknown NACE code
].join('\r\n');

async function upload(page: Page, name: string, content: string | Buffer, mimeType = 'text/csv') {
  await page.goto('/nl/staff/imports');
  await page.getByLabel('Ledenlijst', { exact: true }).setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
  await page.getByRole('button', { name: 'Opladen' }).click();
}

async function dryRun(page: Page) {
  await page.waitForURL(/\/nl\/staff\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Kolommen koppelen' })).toBeVisible();
  await page.getByRole('button', { name: 'Proefimport starten' }).click();
  await expect(page.getByRole('heading', { name: 'Resultaat van de proefimport' })).toBeVisible({ timeout: 20_000 });
}

test('staff import a member list: columns matched, dry run report, import, and the same file again changes nothing', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await upload(page, 'leden-wallonie.csv', MEMBER_LIST);
  await page.waitForURL(/\/nl\/staff\/imports\/[0-9a-f-]{36}$/);
  // The French headers were recognised.
  await expect(page.getByLabel('Ondernemingsnummer')).toHaveValue('0');
  await expect(page.getByLabel('Omzetwijziging (%)')).toHaveValue('6');
  await expect(page.getByLabel('Gemeente')).toHaveValue('4');
  await expectNoAxeViolations(page);
  await dryRun(page);

  const counts = page.getByTestId('check-counts');
  await expect(counts).toContainText('2 nieuwe leden');
  await expect(counts).toContainText('5 rijen geweigerd');
  const rejected = (row: number) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: String(row), exact: true }) });
  await expect(rejected(4)).toContainText('controlegetal');
  await expect(rejected(5)).toContainText('meer dan eens');
  await expect(rejected(6)).toContainText('meer dan eens');
  await expect(rejected(7)).toContainText('formule');
  await expect(rejected(8)).toContainText('Onbekende NACE-BEL-code');
  await expectNoAxeViolations(page);

  // The full report, downloaded and read back with a real CSV parser.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Volledig rapport downloaden (CSV)' }).click()]);
  const report = parse(await readFile((await download.path())!), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
  expect(report.map((r) => [r.Rij, r.Actie])).toEqual([
    ['2', 'Nieuw'],
    ['3', 'Nieuw'],
    ['4', 'Geweigerd'],
    ['5', 'Geweigerd'],
    ['6', 'Geweigerd'],
    ['7', 'Geweigerd'],
    ['8', 'Geweigerd'],
  ]);
  expect(report.find((r) => r.Rij === '7')!.Naam).toBe('\'=HYPERLINK("http://evil.example")'); // made inert for Excel

  await page.getByRole('button', { name: '2 rijen importeren' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('2 leden aangemaakt', { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Import voltooid' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The new members are in the table, classified.
  await page.goto('/nl/advisor?q=kanteling');
  await expect(page.getByRole('link', { name: 'Fietsen Kanteling' })).toBeVisible();
  await page.goto('/nl/advisor?q=boulangerie+kantelpunt');
  await expect(page.getByRole('link', { name: 'Boulangerie Kantelpunt' })).toBeVisible();

  // The same file again: recognised, and nothing left to import.
  await upload(page, 'leden-wallonie.csv', MEMBER_LIST);
  await dryRun(page);
  await expect(page.getByTestId('check-counts')).toContainText('2 leden ongewijzigd');
  await expect(page.getByText('Dit bestand werd al eens geïmporteerd')).toBeVisible();
  await expect(page.getByText('Er is niets om te importeren')).toBeVisible();
  await expect(page.getByRole('button', { name: /importeren$/ })).toHaveCount(0);

  await page.goto('/nl/staff/imports');
  await expect(page.getByRole('row').filter({ hasText: 'leden-wallonie.csv' }).first()).toContainText('Klaar om te importeren');
  await expect(page.getByRole('row').filter({ hasText: 'Geïmporteerd' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('files that are no member list are refused with a clear message and nothing is stored', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await upload(page, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png');
  await expect(page.getByRole('alert').filter({ hasText: 'Dit is geen CSV- of XLSX-bestand' })).toBeVisible();
  await upload(page, 'leeg.csv', 'Ondernemingsnummer;Naam\r\n');
  await expect(page.getByRole('alert').filter({ hasText: 'alleen een rij met kolomnamen' })).toBeVisible();
  await expect(page).toHaveURL(/\/nl\/staff\/imports$/);
  await expectNoAxeViolations(page);

  // A file past the limit (a 200 MB upload just the same) is refused on its declared size, before it is read.
  const tooLarge = await page.request.post('/api/imports', {
    data: Buffer.alloc(51 * 1024 * 1024, 0x41),
    headers: { 'X-File-Name': 'groot.csv', 'X-Locale': 'fr', 'Content-Type': 'application/octet-stream' },
  });
  expect(tooLarge.status()).toBe(413);
  expect(((await tooLarge.json()) as { message: string }).message).toContain('Le fichier dépasse 50 Mo');
});

test('an Excel workbook is read on the server: its first sheet with data, numbers and percentages as shown', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  const workbook = await xlsxFixture([
    { name: 'Uitleg', rows: [] },
    {
      name: 'Leden',
      rows: [
        ['KBO-nummer', 'Bedrijfsnaam', 'Postcode', 'Omzetevolutie'],
        [888000752, { richText: [{ text: 'Werkmap ', bold: true }, { text: 'Test' }] }, 3500, { number: -0.125, numFmt: '0.0%' }],
      ],
    },
  ]);
  await upload(page, 'leden.xlsx', Buffer.from(workbook), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await page.waitForURL(/\/nl\/staff\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('1');
  await expect(page.getByText('Werkmap Test').first()).toBeVisible();
  await expect(page.getByText('-12.5').first()).toBeVisible();

  // A zip that is no workbook is refused like any other file that is no member list.
  await upload(
    page,
    'kapot.xlsx',
    Buffer.from(workbook.subarray(0, workbook.length - 30)),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Dit is geen CSV- of XLSX-bestand' })).toBeVisible();
});

test('the import page works on a phone @phone', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await upload(page, 'telefoon.csv', 'KBO-nummer;Bedrijfsnaam\r\n0888000653;Telefoon Test\r\n');
  await page.waitForURL(/\/nl\/staff\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('1');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(page);
});
