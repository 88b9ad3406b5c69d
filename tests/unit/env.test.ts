import { describe, expect, it } from 'vitest';
import { appUrl, formatEnvProblems, parseEnv } from '@/lib/config/env';

describe('parseEnv', () => {
  it('defaults to the embedded database', () => {
    const result = parseEnv({});
    expect(result.ok && result.env.DATABASE_URL).toBeUndefined();
    expect(result.ok && result.env.PGLITE_DATA_DIR).toBe('.data/pglite');
  });

  it('accepts a PostgreSQL URL', () => {
    const result = parseEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(result.ok && result.env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it.each(['localhost:5432/test', 'mysql://root@localhost/test', 'postgres://', 'not a url'])('names a malformed DATABASE_URL (%s) in one line', (value) => {
    const result = parseEnv({ DATABASE_URL: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['DATABASE_URL must be a URL like postgres://user:password@host:5432/database']);
  });

  it('requires AUTH_SECRET in production and lists every problem', () => {
    const result = parseEnv({ NODE_ENV: 'production', DEMO_MODE: 'perhaps', DATABASE_POOL_SIZE: 'many' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(4);
    expect(result.problems.join('\n')).toMatch(/^DEMO_MODE /m);
    expect(result.problems.join('\n')).toMatch(/^DATABASE_POOL_SIZE /m);
    expect(result.problems.join('\n')).toMatch(/^AUTH_SECRET is required in production/m);
    expect(result.problems.join('\n')).toMatch(/^APP_URL is required in production/m);
    const text = formatEnvProblems(result.problems);
    expect(text.split('\n')).toHaveLength(5);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('treats empty values as unset', () => {
    const result = parseEnv({ DATABASE_URL: '', SMTP_URL: '' });
    expect(result.ok).toBe(true);
  });

  it('refuses to start in production without APP_URL, in one line', () => {
    const result = parseEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) });
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^APP_URL is required in production: .*https:\/\/kantelpunt\.example\.be/)] });
    expect(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), APP_URL: 'https://kantelpunt.example.be' }).ok).toBe(true);
  });

  it.each(['kantelpunt.example.be', 'ftp://kantelpunt.example.be', 'https://kantelpunt.example.be/?next=x', 'javascript:alert(1)'])(
    'refuses APP_URL %s',
    (value) => {
      const result = parseEnv({ APP_URL: value });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems).toEqual([expect.stringMatching(/^APP_URL must be an absolute http\(s\) URL|^APP_URL must be an address without/)]);
    },
  );

  it('builds links from APP_URL, or localhost and the port outside production', () => {
    const parsed = (source: Record<string, string>) => {
      const result = parseEnv(source);
      if (!result.ok) throw new Error(result.problems.join());
      return result.env;
    };
    expect(appUrl(parsed({ APP_URL: 'https://kantelpunt.example.be/' }))).toBe('https://kantelpunt.example.be');
    expect(appUrl(parsed({ APP_URL: 'https://example.be/kantelpunt' }))).toBe('https://example.be/kantelpunt');
    expect(appUrl(parsed({ PORT: '3107' }))).toBe('http://localhost:3107');
    expect(appUrl(parsed({}))).toBe('http://localhost:3000');
  });

  it('reads TRUSTED_PROXY_HOPS as a small whole number, 0 by default', () => {
    expect(parseEnv({}).ok && (parseEnv({}) as { env: { TRUSTED_PROXY_HOPS: number } }).env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: 'all' })).toEqual({ ok: false, problems: ['TRUSTED_PROXY_HOPS must be a whole number from 0 to 10'] });
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '-1' }).ok).toBe(false);
  });
});
