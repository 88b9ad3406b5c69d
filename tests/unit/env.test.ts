import { describe, expect, it } from 'vitest';
import { formatEnvProblems, parseEnv } from '@/lib/config/env';

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

  it.each(['localhost:5432/test', 'mysql://root@localhost/test', 'postgres://', 'not a url'])(
    'names a malformed DATABASE_URL (%s) in one line',
    (value) => {
      const result = parseEnv({ DATABASE_URL: value });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual(['DATABASE_URL must be a URL like postgres://user:password@host:5432/database']);
    },
  );

  it('requires AUTH_SECRET in production and lists every problem', () => {
    const result = parseEnv({ NODE_ENV: 'production', DEMO_MODE: 'perhaps', DATABASE_POOL_SIZE: 'many' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join('\n')).toMatch(/^DEMO_MODE /m);
    expect(result.problems.join('\n')).toMatch(/^DATABASE_POOL_SIZE /m);
    expect(result.problems.join('\n')).toMatch(/^AUTH_SECRET is required in production/m);
    const text = formatEnvProblems(result.problems);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('treats empty values as unset', () => {
    const result = parseEnv({ DATABASE_URL: '', SMTP_URL: '' });
    expect(result.ok).toBe(true);
  });
});
