import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInWithForm } from './support/ui';
import { readBack } from '../tests/support/xlsx';
import { startOwnServer } from './support/own-server';
import { loadServerActions } from './support/server-actions';
import { signInCookie } from './support/sessions';

const VIEW = '/nl/advisor?province=BE-VLI&class=shifter&size=100&sort=name&dir=asc';

async function exportAs(page: Page, format: RegExp, purpose: string) {
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const form = page.getByTestId('export-form');
  await form.getByRole('radio', { name: format }).check();
  await form.getByLabel('Doel van deze export').fill(purpose);
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Exporteren' }).click()]);
  await expect(form.getByTestId('export-status')).toContainText('Export klaar');
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click(); // close the dialog again
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
}

test('staff export the filtered view in three formats that parse back to the rows shown; the history lists them', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto(VIEW);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  const shown = await page.locator('tbody tr td[data-column="name"]').allTextContents();
  expect(shown.length).toBeGreaterThan(1);

  const excelCsv = await exportAs(page, /CSV voor Excel/, 'Mailing workshop webshops');
  expect(excelCsv.name).toMatch(/^kantelpunt-leden-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...excelCsv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const belgian = parse(excelCsv.content, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
  expect(belgian.map((r) => r.Onderneming)).toEqual(shown);
  expect(new Set(belgian.map((r) => `${r.Provincie} ${r.Klasse}`))).toEqual(new Set(['Limburg Kanteler']));
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
    const row = history.getByRole('row').filter({ hasText: purpose });
    await expect(row).toContainText(String(shown.length));
    // The view in words, as the filters were chosen, not as a query string.
    await expect(row.getByTestId('export-view')).toHaveText('Provincie: Limburg · Klasse: Kanteler · Sortering: Onderneming (oplopend)');
  }
  await expectNoAxeViolations(page);
});

test('an advisor with the export permission exports their own members from the exports page, without the history', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await page.goto('/nl/advisor/exports');
  await expect(page.getByRole('heading', { level: 1, name: 'Ledenlijsten exporteren' })).toBeVisible();
  await expect(page.getByText('Je mag geen ledenlijsten exporteren')).toHaveCount(0);
  await expect(page.getByTestId('export-history')).toHaveCount(0);
  const form = page.getByTestId('export-form');
  await form.getByRole('radio', { name: /Standaard-CSV/ }).check();
  await form.getByLabel('Doel van deze export').fill('Belronde Limburg');
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Exporteren' }).click()]);
  await expect(form.getByTestId('export-status')).toContainText('Export klaar');
  const rows = parse(await readFile((await download.path())!), { columns: true }) as Array<Record<string, string>>;
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r.Provincie))).toEqual(new Set(['Limburg']));
  await expectNoAxeViolations(page);
});

test('an export without a purpose is refused with a clear message', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  await page.goto(VIEW);
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const form = page.getByTestId('export-form');
  await form.getByRole('button', { name: 'Exporteren' }).click();
  await expect(form.getByRole('alert')).toContainText('Controleer de gemarkeerde velden');
  await expect(form.getByText('Vul dit veld in.')).toBeVisible();
});

test('an advisor without the export permission gets no export, only an explanation', async ({ page }) => {
  await signInWithForm(page, 'conseiller.wallonie@kantelpunt.demo');
  await page.goto('/nl/advisor');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporteren', exact: true })).toHaveCount(0);
  await page.goto('/nl/advisor/exports');
  await expect(page.getByText('Je mag geen ledenlijsten exporteren')).toBeVisible();
  await expect(page.getByTestId('export-form')).toHaveCount(0);
  const refused = await page.request.post('/api/exports', { multipart: { format: 'csv', purpose: 'Toch proberen', locale: 'nl' } });
  expect(refused.status()).toBe(403);
  await expectNoAxeViolations(page);
});

/** An export request whose download the test reads when it chooses (a paused socket: the slowest reader there is). */
function openDownload(baseURL: string, cookie: string, purpose: string) {
  const form = new FormData();
  form.set('format', 'csv');
  form.set('purpose', purpose);
  form.set('locale', 'nl');
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; response: http.IncomingMessage }>(async (resolve, reject) => {
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const request = http.request(`${baseURL}/api/exports`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: baseURL, 'Content-Type': encoded.headers.get('content-type')!, 'Content-Length': body.length },
    });
    request.on('response', (response) => {
      response.pause();
      resolve({ status: response.statusCode!, headers: response.headers, response });
    });
    request.on('error', reject);
    request.end(body);
  });
}

function readToEnd(response: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
    response.resume();
  });
}

test('twenty slow downloads at once: the extra ones are told to wait, pages and health keep answering, each export is audited once', async ({ browser }) => {
  test.setTimeout(120_000);
  // 30,000 members in Limburg: a file of about 15 MB, far more than the sockets buffer, so the
  // server really waits on these readers.
  const server = await startOwnServer(async (db) => {
    await db.execute(sql`
      insert into businesses (name, enterprise_number, postcode, locality, province, coaching_priority, computed_priority)
      select 'Limburgse zaak ' || g, (1999000000 + g)::text, '3500', 'Hasselt', 'BE-VLI', g % 101, g % 101
      from generate_series(1, 30000) as g
      on conflict do nothing`);
  });
  try {
    const { baseURL } = server;
    const actions = loadServerActions();
    const exporters = [await signInCookie(baseURL, actions, 'staff@kantelpunt.demo'), await signInCookie(baseURL, actions, 'adviseur.limburg@kantelpunt.demo')];
    const bystander = await signInCookie(baseURL, actions, 'adviseur2.limburg@kantelpunt.demo');

    const downloads = [];
    for (let n = 1; n <= 20; n++) {
      const purpose = `Trage lezer ${String(n).padStart(2, '0')}`;
      downloads.push({ purpose, ...(await openDownload(baseURL, exporters[n % 2]!, purpose)) });
    }
    // Two per user, four per instance: the first four run, the others are told to come back.
    const accepted = downloads.filter((d) => d.status === 200);
    const refused = downloads.filter((d) => d.status !== 200);
    expect(accepted.map((d) => d.purpose)).toEqual(['Trage lezer 01', 'Trage lezer 02', 'Trage lezer 03', 'Trage lezer 04']);
    for (const d of refused) {
      expect(d.status).toBe(429);
      expect(d.headers['retry-after']).toMatch(/^\d+$/);
      expect(d.headers['content-disposition']).toBeUndefined();
      expect(JSON.parse((await readToEnd(d.response)).toString())).toEqual({
        message: 'Er lopen nu te veel exports tegelijk. Probeer het over een ogenblik opnieuw.',
      });
    }

    // While the four downloads wait on their readers, everyone else is served.
    for (let round = 0; round < 5; round++) {
      const [health, page, history] = await Promise.all([
        fetch(`${baseURL}/api/health`),
        fetch(`${baseURL}/nl/advisor`, { headers: { Cookie: bystander } }),
        fetch(`${baseURL}/nl/advisor/exports`, { headers: { Cookie: exporters[0]! } }),
      ]);
      expect([health.status, page.status, history.status]).toEqual([200, 200, 200]);
      expect(await page.text()).toContain('Limburgse zaak');
    }

    // Then the readers take everything: complete files, and the slots are free again.
    const files = await Promise.all(accepted.map((d) => readToEnd(d.response)));
    for (const [i, file] of files.entries()) {
      const lines = file.toString().split('\r\n').filter(Boolean).length;
      expect(lines - 1).toBe(Number(accepted[i]!.headers['x-total-rows']));
      expect(lines).toBeGreaterThan(30_000);
    }
    const again = await openDownload(baseURL, exporters[1]!, 'Na de drukte');
    expect(again.status).toBe(200);
    await readToEnd(again.response);

    // Exactly one closing audit event per accepted export, none for a refused one.
    const context = await browser.newContext();
    const [name, ...value] = exporters[0]!.split('=');
    await context.addCookies([{ name: name!, value: value.join('='), url: baseURL }]);
    const page = await context.newPage();
    await page.goto(`${baseURL}/nl/advisor/exports`);
    const history = page.getByTestId('export-history');
    for (const d of [...accepted, { purpose: 'Na de drukte' }]) await expect(history.getByRole('row').filter({ hasText: d.purpose })).toHaveCount(1);
    for (const d of accepted) await expect(history.getByRole('row').filter({ hasText: d.purpose })).toContainText('volledig');
    for (const d of refused) await expect(history.getByRole('row').filter({ hasText: d.purpose })).toHaveCount(0);
    await context.close();
  } finally {
    await server.stop();
  }
});
