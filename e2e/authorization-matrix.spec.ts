import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  ACTION_ROWS,
  ACTOR_EMAILS,
  ACTORS,
  MATRIX_IMPORT_CSV,
  MATRIX_IMPORT_FILE,
  PAGE_ROWS,
  ROUTE_ROWS,
  type Actor,
  type Ids,
  type PageOutcome,
  type RouteRow,
} from './authorization-matrix';
import { loadServerActions, postAction, type ServerActionRef } from './support/server-actions';
import { signInCookie } from './support/sessions';

test.describe.configure({ mode: 'serial' });

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;
let actions: ServerActionRef[];
const cookies: Partial<Record<Actor, string>> = {};
let ids: Ids;

/** Every page.tsx and route.ts under app/, as route patterns without route groups. */
function appRoutes(): { pages: string[]; handlers: string[] } {
  const pages: string[] = [];
  const handlers: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'page.tsx' || name === 'route.ts') {
        const route =
          '/' +
          path
            .relative('app', path.dirname(full))
            .split(path.sep)
            .filter((s) => s && !/^\(.*\)$/.test(s))
            .join('/');
        (name === 'page.tsx' ? pages : handlers).push(route === '/' ? '/' : route);
      }
    }
  };
  walk('app');
  return { pages, handlers };
}

function get(pathname: string, actor: Actor, headers: Record<string, string> = {}) {
  const cookie = cookies[actor];
  return fetch(`${baseURL}${pathname}`, { redirect: 'manual', headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
}

/** GET, or POST of a form or a file when the row says so; the body is read so the server finishes its work. */
async function request(pathname: string, actor: Actor, post?: Record<string, string>, upload?: RouteRow['upload']) {
  if (!post && !upload) return get(pathname, actor);
  const cookie = cookies[actor];
  let body: FormData | string;
  if (upload) body = upload.body;
  else {
    body = new FormData();
    for (const [key, value] of Object.entries(post!)) body.set(key, value);
  }
  const headers = { ...(cookie ? { Cookie: cookie } : {}), ...(upload?.headers ?? {}) };
  const response = await fetch(`${baseURL}${pathname}`, { method: 'POST', body, redirect: 'manual', headers });
  // Read a copy, so the server finishes its work and the caller can still read the answer.
  await response.clone().arrayBuffer();
  return response;
}

/** Staff upload a small member list, for the rows of the import's page, report and actions. */
async function uploadMatrixImport(): Promise<string> {
  const response = await fetch(`${baseURL}/api/imports`, {
    method: 'POST',
    body: MATRIX_IMPORT_CSV,
    headers: { Cookie: cookies.staff!, 'X-File-Name': MATRIX_IMPORT_FILE, 'X-Locale': 'nl' },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function idFrom(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`no id for ${pattern}`);
  return match[1]!;
}

test.beforeAll(async () => {
  actions = loadServerActions();
  for (const actor of ACTORS) {
    if (actor !== 'anonymous') cookies[actor] = await signInCookie(baseURL, actions, ACTOR_EMAILS[actor]);
  }
  const users = await (await get('/nl/staff/users?q=kantelpunt.demo', 'staff')).text();
  const outOf = (email: string) => idFrom(users, new RegExp(`/nl/staff/users/([0-9a-f-]{36})"[^>]*>[^<]*</a></td><td[^>]*>${email.replace('.', '\\.')}`));
  const businesses = await (await get('/nl/advisor?q=gouden+friet', 'staff')).text();
  const chipShopId = idFrom(businesses, /\/nl\/advisor\/businesses\/([0-9a-f-]{36})/);
  const chipShop = await (await get(`/nl/advisor/businesses/${chipShopId}`, 'staff')).text();
  ids = {
    chipShopId,
    followUpId: idFrom(chipShop, /\/api\/follow-ups\/([0-9a-f-]{36})\/ics/),
    memberBUserId: outOf(ACTOR_EMAILS.memberB),
    staffUserId: outOf(ACTOR_EMAILS.staff),
    importId: await uploadMatrixImport(),
  };
  // The deactivated actor signed in while still active; staff now deactivate them. Their cookie stays valid as a JWT.
  const deactivated = outOf(ACTOR_EMAILS.deactivated);
  const update = actions.find((a) => a.key.endsWith('#updateUserAction'))!;
  const result = await postAction(baseURL, update, { userId: deactivated, role: 'member', status: 'deactivated', regions: [] }, cookies.staff);
  expect(result.outcome).toBe('redirect');
});

test('every page, route handler and server action has a row in the matrix', () => {
  const { pages, handlers } = appRoutes();
  expect(
    pages.filter((route) => !PAGE_ROWS.some((row) => row.route === route)),
    'pages without a row',
  ).toEqual([]);
  expect(
    handlers.filter((route) => !ROUTE_ROWS.some((row) => row.route === route)),
    'route handlers without a row',
  ).toEqual([]);
  expect(
    actions.map((a) => a.key).filter((key) => !ACTION_ROWS.some((row) => row.action === key)),
    'server actions without a row',
  ).toEqual([]);
  expect(
    ACTION_ROWS.map((row) => row.action).filter((key) => !actions.some((a) => a.key === key)),
    'rows for actions that no longer exist',
  ).toEqual([]);
});

async function pageOutcome(pathname: string, actor: Actor, marker?: string): Promise<PageOutcome | string> {
  const response = await get(pathname, actor);
  const body = await response.text();
  const location = response.headers.get('location') ?? '';
  if ([302, 303, 307, 308].includes(response.status)) {
    if (location.includes('/login')) return 'login';
    if (/\/nl\/(member|advisor)$/.test(location)) return 'home';
    return `redirect to ${location}`;
  }
  if (response.status === 404) return marker && body.includes(marker) ? 'notfound but leaked' : 'notfound';
  if (response.status === 200) return marker && !body.includes(marker) ? 'empty' : 'ok';
  return `http ${response.status}`;
}

for (const row of PAGE_ROWS) {
  test(`page ${row.route}`, async () => {
    const outcomes = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await pageOutcome(row.path(ids), actor, row.marker)])));
    expect(outcomes).toEqual(row.expect);
  });
}

for (const row of ROUTE_ROWS) {
  test(`route ${row.route}`, async () => {
    const statuses = Object.fromEntries(
      await Promise.all(
        ACTORS.map(async (actor) => [actor, (await request(typeof row.path === 'string' ? row.path : row.path(ids), actor, row.post, row.upload)).status]),
      ),
    );
    expect(statuses).toEqual(row.expect);
  });
}

// The handlers on defineRoute (all but health and Auth.js's own) refuse in one shape.
test('route handlers refuse with one error shape: a translated { message }, never cached', async () => {
  const odd: string[] = [];
  for (const row of ROUTE_ROWS.filter((r) => r.route !== '/api/health' && !r.route.startsWith('/api/auth/'))) {
    for (const actor of ACTORS.filter((a) => row.expect[a] >= 400)) {
      const response = await request(typeof row.path === 'string' ? row.path : row.path(ids), actor, row.post, row.upload);
      const body: unknown = await response.json().catch(() => 'not JSON');
      const keys = body && typeof body === 'object' ? Object.keys(body) : [];
      const message = (body as { message?: unknown }).message;
      const shaped = typeof message === 'string' && message.length > 0 && keys.every((k) => k === 'message' || k === 'fieldErrors');
      if (!shaped || response.headers.get('cache-control') !== 'no-store')
        odd.push(`${row.route} as ${actor}: ${JSON.stringify(body)}, ${response.headers.get('cache-control')}`);
    }
  }
  expect(odd).toEqual([]);
});

for (const row of ACTION_ROWS) {
  test(`action ${row.action}`, async () => {
    const action = actions.find((a) => a.key === row.action);
    expect(action, `${row.action} is in the build`).toBeDefined();
    const outcomes: Record<string, string> = {};
    for (const actor of ACTORS) {
      const signedIn = actor !== 'anonymous' && actor !== 'deactivated';
      const cookie = row.ownSession && signedIn ? await signInCookie(baseURL, actions, ACTOR_EMAILS[actor]) : cookies[actor];
      outcomes[actor] = (await postAction(baseURL, action!, row.payload(ids, actor), cookie)).outcome;
    }
    expect(outcomes).toEqual(row.expect);
  });
}

test('protected pages leak nothing to bypass headers, RSC and prefetch requests', async () => {
  const variants: Array<{ name: string; suffix?: string; headers: Record<string, string> }> = [
    { name: 'x-middleware-subrequest', headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' } },
    { name: 'x-middleware-subrequest (proxy)', headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
    { name: 'RSC', headers: { RSC: '1' } },
    { name: 'RSC prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
    { name: '.rsc suffix', suffix: '.rsc', headers: { RSC: '1' } },
  ];
  const leaks: string[] = [];
  for (const row of PAGE_ROWS.filter((r) => r.marker)) {
    for (const actor of ACTORS.filter((a) => row.expect[a] !== 'ok')) {
      for (const variant of variants) {
        const [pathname, query] = row.path(ids).split('?');
        const target = `${pathname}${variant.suffix ?? ''}${query ? `?${query}` : ''}`;
        const body = await (await get(target, actor, variant.headers)).text();
        if (body.includes(row.marker!)) leaks.push(`${row.route} as ${actor} with ${variant.name}`);
      }
    }
  }
  expect(leaks).toEqual([]);
});

test('forged payloads with unexpected fields are refused and change nothing', async () => {
  const register = actions.find((a) => a.key.endsWith('#registerAction'))!;
  const forged = await postAction(baseURL, register, {
    name: 'Forger',
    email: 'forger@example.be',
    password: 'een lange zin als wachtwoord',
    language: 'nl',
    role: 'staff',
  });
  expect(forged.outcome).toBe('invalid');
  expect(forged.body).toContain('role');

  const update = actions.find((a) => a.key.endsWith('#updateUserAction'))!;
  const withAdvisor = await postAction(
    baseURL,
    update,
    { userId: ids.memberBUserId, role: 'member', status: 'active', regions: [], advisorId: ids.staffUserId },
    cookies.staff,
  );
  expect(withAdvisor.outcome).toBe('invalid');

  const users = await (await get('/nl/staff/users?q=forger', 'staff')).text();
  expect(users).not.toContain('forger@example.be');

  // A member may not move their business to another province or pick its advisor.
  const profile = actions.find((a) => a.key.endsWith('#saveProfileAction'))!;
  const moved = await postAction(
    baseURL,
    profile,
    {
      version: '1',
      name: 'Frituur De Gouden Friet',
      enterpriseNumber: '0712.345.6',
      naceCode: '56.102',
      postcode: '3500',
      locality: 'Hasselt',
      employeesBand: '5-9',
      revenueChangePct: '12',
      province: 'BE-WLX',
      assignedAdvisorId: ids.staffUserId,
    },
    cookies.memberA,
  );
  expect(moved.outcome).toBe('invalid');
  expect(moved.body).toContain('province');
});

test('the data export answers members only, as an attachment that is never cached', async () => {
  const response = await get('/api/member/export', 'memberA');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kantelpunt-my-data-/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const data = await response.json();
  expect(data.business.name).toBe('Frituur De Gouden Friet');
  expect(JSON.stringify(data)).not.toContain('Boulangerie Renard');
});
