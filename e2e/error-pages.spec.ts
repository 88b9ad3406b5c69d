import { expect, test } from '@playwright/test';
import nl from '../messages/nl.json';
import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { expectNoAxeViolations } from './fixtures';
import { collectCspViolations } from './support/csp';
import { startOutageServer, type OutageServer } from './support/outage-server';
import { loadServerActions } from './support/server-actions';
import { signInCookie } from './support/sessions';

const MESSAGES = { nl, fr, en } as const;

/**
 * The database goes away under a running server (a relay in front of PostgreSQL is cut): pages
 * say so in the visitor's language, with an id the server log has beside the stack.
 */
test.describe('when the database is down', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let server: OutageServer | null = null;
  let cookie = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startOutageServer();
    if (server) cookie = await signInCookie(server.baseURL, loadServerActions(), 'frituur@kantelpunt.demo');
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a page already open shows the translated error boundary, then full page loads the outage page', async ({ browser }) => {
    test.skip(!server, 'needs a PostgreSQL server (E2E_DATABASE_URL, TEST_DATABASE_URL or 127.0.0.1:5432)');
    const { baseURL } = server!;
    const context = await browser.newContext({ baseURL });
    const [name, value] = cookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: baseURL }]);
    const page = await context.newPage();
    const violations = await collectCspViolations(page);
    await page.goto('/nl/member');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await server!.cutDatabase();

    // A client-side navigation renders only the page: its failure reaches app/[locale]/error.tsx,
    // inside the layout, in Dutch (the boundary gets the `error` namespace from the layout).
    await page.getByRole('navigation', { name: nl.shell.mainNavigation }).first().getByRole('link', { name: nl.nav.channels }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^(${nl.error.title}|${nl.error.databaseTitle})$`));
    const boundaryReference = (await page.getByTestId('error-reference').textContent()) ?? '';
    const boundaryId = /: (\S+)$/.exec(boundaryReference)?.[1];
    expect(boundaryReference).toBe(nl.error.reference.replace('{id}', boundaryId ?? '?'));
    await expect.poll(() => server!.log()).toContain(`[error] id=${boundaryId} `);
    await expect(page.getByRole('button', { name: nl.error.retry })).toBeVisible();
    await expectNoAxeViolations(page);

    // A full page load: the layout itself cannot read the viewer; app/global-error.tsx says the
    // portal is unavailable, in the language of the address.
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const response = await page.goto(`/${locale}/member`);
      expect(response?.status()).toBe(500);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.error.databaseTitle);
      await expect(page.getByText(messages.error.databaseText)).toBeVisible();
      const reference = (await page.getByTestId('error-reference').textContent()) ?? '';
      const id = /(DB-[0-9A-F]{10})/.exec(reference)?.[1];
      expect(reference).toBe(messages.error.reference.replace('{id}', id ?? '?'));
      // The detail and the stack are in the server log under the same id, never in the page.
      await expect
        .poll(() => server!.log())
        .toMatch(new RegExp(`\\[error\\] id=${id} GET /${locale}/member[^\\n]*\\nDatabaseUnavailableError: The database is not answering\\n\\s+at `));
      const html = await page.content();
      for (const secret of ['ECONNREFUSED', 'DatabaseUnavailableError', 'Failed query', '    at ']) expect(html).not.toContain(secret);
      await expect(page.getByRole('link', { name: messages.error.home })).toHaveAttribute('href', `/${locale}`);
      await expectNoAxeViolations(page);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
