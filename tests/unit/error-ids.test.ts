import { describe, expect, it } from 'vitest';
import { isDatabaseOutage, newDatabaseOutageId } from '@/lib/errors/error-id';
import { DatabaseUnavailableError, rethrowAsOutageWhenDatabaseDown } from '@/lib/server/database-outage';
import { formatRequestError } from '@/lib/server/error-log';

describe('database outage', () => {
  it('becomes an outage error with its own id when the database does not answer a ping', async () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const thrown = await rethrowAsOutageWhenDatabaseDown(cause, () => Promise.reject(new Error('down'))).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(DatabaseUnavailableError);
    expect((thrown as DatabaseUnavailableError).cause).toBe(cause);
    expect(isDatabaseOutage((thrown as DatabaseUnavailableError).digest)).toBe(true);
  });

  it('stays the original error when the database answers', async () => {
    const cause = new Error('a bug');
    await expect(rethrowAsOutageWhenDatabaseDown(cause, () => Promise.resolve())).rejects.toBe(cause);
  });

  it("lets Next's own signals through untouched", async () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/nl/login;307;' });
    await expect(rethrowAsOutageWhenDatabaseDown(redirect, () => Promise.reject(new Error('down')))).rejects.toBe(redirect);
  });

  it('gives every outage an id of its own, which Next digests never look like', () => {
    const ids = new Set(Array.from({ length: 50 }, newDatabaseOutageId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^DB-[0-9A-F]{10}$/);
    expect(isDatabaseOutage('2338237382')).toBe(false);
    expect(isDatabaseOutage(undefined)).toBe(false);
  });
});

describe('request error log', () => {
  it('prints the id, the page without its query and the stack with its cause', () => {
    const error = Object.assign(new Error('boom', { cause: new Error('root cause') }), { digest: '12345' });
    const line = formatRequestError(
      error,
      { method: 'GET', path: '/nl/reset-password?token=secret' },
      { routePath: '/[locale]/reset-password', routeType: 'render' },
    );
    expect(line.split('\n')[0]).toBe('[error] id=12345 GET /nl/reset-password (render /[locale]/reset-password)');
    expect(line).toContain('Error: boom\n    at ');
    expect(line).toContain('Caused by: Error: root cause');
    expect(line).not.toContain('secret');
  });
});
