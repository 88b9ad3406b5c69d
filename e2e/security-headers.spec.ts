import { expect, test, type Page } from '@playwright/test';
import nl from '../messages/nl.json';
import { collectCspViolations, nonceOf } from './support/csp';
import { loadServerActions } from './support/server-actions';
import { signInCookie } from './support/sessions';
import { attemptSignIn, signOut } from './support/ui';

/** One or more pages of every route group, as each kind of visitor sees them. */
const VISITS: { who: string; email?: string; paths: string[] }[] = [
  { who: 'anonymous', paths: ['/nl', '/fr/digital-score', '/en/login', '/nl/register', '/nl/forgot-password', '/nl/does-not-exist', '/nl/not.a.page'] },
  { who: 'member', email: 'frituur@kantelpunt.demo', paths: ['/nl/member', '/nl/member/profile', '/nl/member/channels', '/nl/member/data'] },
  {
    who: 'advisor',
    email: 'adviseur.limburg@kantelpunt.demo',
    paths: ['/nl/advisor', '/nl/advisor/programme', '/nl/advisor/follow-ups', '/nl/advisor/classification', '/nl/advisor/exports'],
  },
  {
    who: 'staff',
    email: 'staff@kantelpunt.demo',
    paths: ['/nl/staff/users', '/nl/staff/users/invite', '/nl/staff/outbox', '/nl/staff/sectors', '/nl/staff/sector-impacts', '/nl/staff/imports'],
  },
];

async function visit(page: Page, path: string, nonces: string[]) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `CSP on ${path}`).toContain("'strict-dynamic'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-eval');
  // Served over plain http without an https APP_URL: no HSTS (see lib/security/csp.ts).
  expect(headers['strict-transport-security']).toBeUndefined();
  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  nonces.push(nonce!);
  // Next put the request's nonce on every script of the HTML (the chunks those load need none:
  // 'strict-dynamic'); the page then runs its scripts, so any block shows up as a violation.
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
    `scripts without the nonce on ${path}`,
  ).toEqual([]);
  await page.waitForLoadState('networkidle');
}

for (const { who, email, paths } of VISITS) {
  test(`every page of the ${who} works under the content security policy @phone`, async ({ page, context, baseURL }) => {
    const violations = await collectCspViolations(page);
    if (email) {
      const cookie = await signInCookie(baseURL!, loadServerActions(), email);
      const [name, value] = cookie.split(/=(.*)/s) as [string, string];
      await context.addCookies([{ name, value, url: baseURL! }]);
    }
    const nonces: string[] = [];
    for (const path of paths) await visit(page, path, nonces);
    expect(new Set(nonces).size, 'a fresh nonce per response').toBe(nonces.length);
    expect(violations).toEqual([]);
  });
}

test('signing in and out through the forms works under form-action and script-src', async ({ page }) => {
  const violations = await collectCspViolations(page);
  // A member whose password no other spec changes (accounts.spec resets kleding's).
  await attemptSignIn(page, 'psycholoog@kantelpunt.demo');
  await page.waitForURL(/\/nl\/member$/);
  // A client-side navigation (RSC request with the router state header) passes the proxy's checks.
  await page.getByRole('navigation', { name: nl.shell.mainNavigation }).first().getByRole('link', { name: nl.nav.channels }).click();
  await expect(page).toHaveURL(/\/nl\/member\/channels$/);
  await signOut(page);
  expect(violations).toEqual([]);
});

test('the same page gets a new nonce on every request', async ({ request }) => {
  const nonces = new Set<string | null>();
  for (let i = 0; i < 5; i++) nonces.add(nonceOf((await request.get('/nl/login')).headers()['content-security-policy']));
  expect(nonces.size).toBe(5);
  expect(nonces.has(null)).toBe(false);
});

test.describe('cross-origin posts Next would answer with a 500', () => {
  test('a server action posted from another origin is refused with 403', async ({ request, baseURL }) => {
    const signIn = loadServerActions().find((a) => a.key.endsWith('#signInAction'))!;
    for (const [path, origin] of [
      [signIn.pagePath, 'https://evil.example'],
      [signIn.pagePath, 'null'],
      ['/nl/some.file', 'https://evil.example'],
    ] as const) {
      const response = await request.post(path, {
        headers: { 'Next-Action': signIn.id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin },
        data: JSON.stringify([{ email: 'staff@kantelpunt.demo', password: 'x' }]),
        maxRedirects: 0,
      });
      expect(response.status(), `${path} from ${origin}`).toBe(403);
    }
    // The same origin still reaches the action.
    const sameOrigin = await request.post(signIn.pagePath, {
      headers: { 'Next-Action': signIn.id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL!, Accept: 'text/x-component' },
      data: JSON.stringify([{ email: 'nobody@kantelpunt.demo', password: 'wrong-password' }]),
      maxRedirects: 0,
    });
    expect(sameOrigin.status()).toBe(200);
  });

  test('a plain form posted to a page from another origin is refused with 403', async ({ request }) => {
    const response = await request.post('/nl/login', { headers: { Origin: 'https://evil.example' }, form: { email: 'a@b.c' }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
  });
});
