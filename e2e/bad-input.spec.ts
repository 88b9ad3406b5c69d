import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { CHANNELS } from '../lib/domain/channels';
import { expectNoAxeViolations } from './fixtures';
import { loadServerActions, postAction, type ServerActionRef } from './support/server-actions';
import { signInCookie } from './support/sessions';
import { signInWithForm } from './support/ui';

/**
 * Bad input that used to give the error page (500) or was stored as something else than typed:
 * it now gets a translated message, a notice or a 404, and nothing is written.
 */
const NOT_A_UUID = '-'.repeat(36);
const actions = loadServerActions();
const action = (name: string): ServerActionRef => {
  const found = actions.find((a) => a.key.endsWith(`#${name}`));
  if (!found) throw new Error(`${name} not in the build`);
  return found;
};
/** The ActionResult's message in a server action's answer. */
const messageOf = (body: string) => /"message":"([^"]*)"/.exec(body)?.[1];

test('a NUL byte in the triage search shows the triage page with a notice, not the error page', async ({ page }) => {
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  const response = await page.goto('/nl/advisor?q=a%00b');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leden');
  await expect(page.getByRole('status').filter({ hasText: 'Een deel van het adres klopte niet (q)' })).toBeVisible();
  await expect(page.getByLabel('Zoeken op naam, ondernemingsnummer of gemeente')).toHaveValue('a b');
  await expectNoAxeViolations(page);
});

test('100 kB pasted into the triage search is not sent: the box says it is too long', async ({ page }) => {
  test.slow(); // typing 100,000 characters and checking the page with them takes a while on this machine
  await signInWithForm(page, 'adviseur.limburg@kantelpunt.demo');
  await page.goto('/nl/advisor');
  const search = page.getByLabel('Zoeken op naam, ondernemingsnummer of gemeente');
  await search.fill('x'.repeat(100_000));
  await expect(page.getByText('Je zoekterm is te lang: gebruik maximaal 100 tekens.')).toBeVisible();
  // The search runs as you type, but not this: the address stays as it was.
  await page.waitForTimeout(1_000);
  expect(new URL(page.url()).search).toBe('');
  expect((await search.inputValue()).length).toBe(100_000); // nothing cut
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await search.fill('hasselt');
  await expect(page.getByText('Je zoekterm is te lang')).toHaveCount(0);
  await expect(page).toHaveURL(/q=hasselt/);
});

test('an id that is not a UUID is a 404, on pages and on the calendar download', async ({ page }) => {
  await signInWithForm(page, 'staff@kantelpunt.demo');
  for (const path of [`/nl/advisor/businesses/${NOT_A_UUID}`, `/nl/advisor/businesses/${'a'.repeat(36)}`, `/nl/staff/users/${NOT_A_UUID}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  for (const id of ['a'.repeat(36), NOT_A_UUID]) {
    const ics = await page.request.get(`/api/follow-ups/${id}/ics`);
    expect(ics.status(), id).toBe(404);
  }
});

test('a name longer than its limit is kept whole: a counter warns and the server says it is too long', async ({ page }) => {
  await signInWithForm(page, 'export@kantelpunt.demo');
  await page.goto('/nl/member/profile');
  const name = page.getByLabel('Naam van de onderneming');
  const long = `Limtrade Export ${'x'.repeat(284)}`; // 300 characters
  await name.fill(long);
  await expect(page.getByText('140 tekens te veel (maximaal 160)')).toBeVisible();
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Dit is te lang (maximaal 160 tekens).')).toBeVisible();
  await expect(name).toHaveValue(long);
  await expectNoAxeViolations(page);
});

test('the revenue field takes −30 as its hint writes it, and refuses 0x10', async ({ page }) => {
  await signInWithForm(page, 'export@kantelpunt.demo');
  await page.goto('/nl/member/profile');
  const revenue = page.getByLabel('Omzet vergeleken met voor de crisis (%)');
  await revenue.fill('0x10');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Vul een percentage in tussen −100 en +1000.')).toBeVisible();
  await expect(revenue).toHaveValue('0x10');

  await revenue.fill('\u221230');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();
  await page.goto('/nl/member/profile');
  await expect(page.getByLabel('Omzet vergeleken met voor de crisis (%)')).toHaveValue('-30');
});

test.describe('forged server action input gets a translated refusal, never a 500', () => {
  let advisor: string;
  let member: string;
  test.beforeAll(async () => {
    advisor = await signInCookie(baseURL, actions, 'adviseur.limburg@kantelpunt.demo');
    member = await signInCookie(baseURL, actions, 'psycholoog@kantelpunt.demo');
  });

  test('control characters in a saved view name', async () => {
    for (const name of ['Kanteraars\u0000', 'Kanteraars\u202Egnp', 'Kanteraars\u0085']) {
      const result = await postAction(baseURL, action('saveViewAction'), { name, query: 'class=shifter' }, advisor);
      expect(result.status, JSON.stringify(name)).toBe(200);
      expect(result.outcome).toBe('invalid');
      expect(result.body).toContain('Deze tekst bevat onzichtbare stuurtekens');
    }
  });

  test('a version beyond PostgreSQL integer', async () => {
    // Every channel valid, so only the version is wrong (it used to reach PostgreSQL and fail there).
    const channels = Object.fromEntries(CHANNELS.map((c) => [c, 'aware']));
    const result = await postAction(baseURL, action('saveChannelsAction'), { version: '2147483648', ...channels }, member);
    expect(result.status).toBe(200);
    expect(result.outcome).toBe('invalid');
    expect(messageOf(result.body)).toBe('Dit formulier is verouderd of onvolledig; er is niets bewaard. Laad de pagina opnieuw en probeer nog eens.');
  });

  test('a React reference ($T) where a field value belongs', async () => {
    for (const payload of [
      { name: '$T', query: '' },
      { name: 'x', query: ['$T'] },
    ]) {
      const result = await postAction(baseURL, action('saveViewAction'), payload, advisor);
      expect(result.status, JSON.stringify(payload)).toBe(200);
      expect(result.outcome).toBe('invalid');
      expect(messageOf(result.body)).toBe('Het formulier kon niet gelezen worden; er is niets bewaard. Laad de pagina opnieuw en probeer nog eens.');
    }
    const priority = await postAction(baseURL, action('setPriorityAction'), { businessIds: ['00000000-0000-4000-8000-000000000000'], priority: '$T' }, advisor);
    expect(priority.outcome).toBe('invalid');
  });

  test('a __proto__ field in a posted form is refused like any unknown field', async () => {
    // The way React's client posts a FormData argument: its fields under "_1_", the arguments last.
    const form = new FormData();
    form.append('_1_name', 'Met proto');
    form.append('_1_query', '');
    form.append('_1___proto__', 'x');
    form.append('0', JSON.stringify([null, '$K1']));
    const saveView = action('saveViewAction');
    const response = await fetch(`${baseURL}${saveView.pagePath}`, {
      method: 'POST',
      headers: { 'Next-Action': saveView.id, Accept: 'text/x-component', Origin: baseURL, Cookie: advisor },
      body: form,
    });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(messageOf(body)).toBe('Het formulier bevatte velden die hier niet horen (__proto__). Er is niets bewaard.');
  });
});

test.describe('the export route refuses what does not belong', () => {
  const post = (page: import('@playwright/test').Page, fields: Record<string, string>) =>
    page.request.post('/api/exports', { multipart: { format: 'csv', purpose: 'Mailing workshop', locale: 'nl', ...fields }, headers: { Origin: baseURL } });

  test('a 1 MB locale, a NUL in the purpose; a NUL in the view is cleaned', async ({ page }) => {
    await signInWithForm(page, 'staff@kantelpunt.demo');
    expect((await post(page, { locale: 'x'.repeat(1_000_000) })).status()).toBe(400);
    const purpose = await post(page, { purpose: 'Mailing\u0000workshop' });
    expect(purpose.status()).toBe(400);
    expect((await purpose.json()).fieldErrors).toEqual({
      purpose: 'Deze tekst bevat onzichtbare stuurtekens (bijvoorbeeld uit een gekopieerde tekst). Verwijder ze of typ de tekst opnieuw.',
    });
    const view = await post(page, { query: 'q=a%00b&province=BE-VLI' });
    expect(view.status()).toBe(200);
    await view.body();
  });
});
