import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { expectNoAxeViolations } from './fixtures';
import { loadServerActions, postAction, type ServerActionRef } from './support/server-actions';
import { DEMO_PASSWORD, signInCookie } from './support/sessions';
import { signInWithForm } from './support/ui';

// The address the e2e server is configured with (scripts/e2e-server.mjs): every link must start with it.
const APP_URL = `http://localhost:${new URL(baseURL).port}`;
// What an attacker would like links to point at: a host whose request log they read.
const FORGED = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', Host: 'evil.example', Origin: '' };
// Signed-in callers keep the plain protocol: over https only the __Secure- session cookie is read.
const FORGED_HOST = { 'X-Forwarded-Host': 'evil.example', Host: 'evil.example', Origin: '' };

let actions: ServerActionRef[];
const action = (name: string) => actions.find((a) => a.key.endsWith(`#${name}`))!;

test.beforeAll(() => {
  actions = loadServerActions();
});

async function get(path: string, cookie?: string) {
  return fetch(`${baseURL}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
}

test('links in e-mails and the calendar feed address come from APP_URL, whatever Host the request names', async () => {
  const staff = await signInCookie(baseURL, actions, 'staff@kantelpunt.demo');
  // Each e-mail-sending action, sent as a non-browser client with forged host headers.
  const sent = [
    await postAction(baseURL, action('forgotPasswordAction'), { email: 'psycholoog@kantelpunt.demo' }, undefined, FORGED),
    await postAction(
      baseURL,
      action('registerAction'),
      { name: 'Link Test', email: 'link-origin@example.be', password: 'een lange zin als wachtwoord', language: 'nl' },
      undefined,
      FORGED,
    ),
    // An address that already has an account gets the "you already have an account" e-mail, with links.
    await postAction(
      baseURL,
      action('registerAction'),
      { name: 'Link Test', email: 'kleding@kantelpunt.demo', password: 'een lange zin als wachtwoord', language: 'nl' },
      undefined,
      FORGED,
    ),
    await postAction(
      baseURL,
      action('inviteUserAction'),
      { name: 'Link Uitnodiging', email: 'link-invite@example.be', role: 'advisor', regions: ['BE-VLI'], language: 'nl' },
      staff,
      FORGED_HOST,
    ),
  ];
  expect(sent.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);

  const outbox = await (await get('/nl/staff/outbox', staff)).text();
  expect(outbox).not.toContain('evil.example');
  for (const path of ['/nl/reset-password?token=', '/nl/verify-email?token=', '/nl/login', '/nl/invitation?token=']) {
    expect(outbox, path).toContain(`${APP_URL}${path}`);
  }

  const advisor = await signInCookie(baseURL, actions, 'adviseur.antwerpen@kantelpunt.demo');
  const feed = await postAction(baseURL, action('createCalendarFeedAction'), {}, advisor, FORGED_HOST);
  expect(feed.outcome).toBe('ok');
  expect(feed.body).toMatch(new RegExp(`"feedUrl":"${APP_URL}/api/calendar/[A-Za-z0-9_-]+"`));
  expect(feed.body).not.toContain('evil.example');
});

test('after sign-out the old cookie opens nothing: pages, routes, actions and the session endpoint', async () => {
  const cookie = await signInCookie(baseURL, actions, 'frituur@kantelpunt.demo');
  expect((await get('/nl/member', cookie)).status).toBe(200);
  expect((await get('/api/member/export', cookie)).status).toBe(200);

  expect((await postAction(baseURL, action('signOutAction'), {}, cookie)).outcome).toBe('redirect');

  const page = await get('/nl/member', cookie);
  expect(page.status).toBe(307);
  expect(page.headers.get('location')).toContain('/nl/login');
  expect((await get('/api/member/export', cookie)).status).toBe(401);
  expect((await postAction(baseURL, action('saveChannelsAction'), { version: 1, website: 'in_use' }, cookie)).outcome).toBe('unauthenticated');
  // Auth.js's session endpoint must not bring it back with a fresh expiry: it clears the cookie instead.
  const session = await get('/api/auth/session', cookie);
  expect(await session.json()).toBeNull();
  const reissued = session.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  expect(reissued).toMatch(/^authjs\.session-token=;/);
});

test("members see their sessions and sign out another device; the sign-in address is the socket's, not a forwarded one @phone", async ({ browser }) => {
  // A second device, signed in with a forged X-Forwarded-For: with no trusted proxy it is ignored.
  const signIn = action('signInAction');
  const other = await postAction(baseURL, signIn, { email: 'schoonheid@kantelpunt.demo', password: DEMO_PASSWORD }, undefined, {
    'X-Forwarded-For': '198.51.100.77',
    'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  });
  const otherCookie = other.setCookie.map((c) => c.split(';')[0]).find((c) => c?.startsWith('authjs.session-token='))!;
  expect((await get('/nl/member', otherCookie)).status).toBe(200);

  const page = await (await browser.newContext()).newPage();
  await signInWithForm(page, 'schoonheid@kantelpunt.demo');
  await page.goto('/nl/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  const list = page.getByRole('list', { name: 'Actieve sessies' });
  const otherRow = list.getByRole('listitem').filter({ hasText: 'Firefox op Windows' });
  await expect(otherRow).toContainText('Adres 127.0.0.1');
  await expect(list).not.toContainText('198.51.100.77');
  await expect(list.getByRole('listitem').filter({ hasText: 'Dit toestel' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await otherRow.getByRole('button', { name: 'Afmelden: Firefox op Windows' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'Firefox op Windows' })).toHaveCount(0);
  expect((await get('/nl/member', otherCookie)).status).toBe(307);
  // This device is still signed in.
  await page.goto('/nl/member');
  await expect(page).toHaveURL(/\/nl\/member$/);
});
