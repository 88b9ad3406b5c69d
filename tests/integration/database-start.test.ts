import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { DatabaseStartError } from '@/db/errors';
import { checkHealth } from '@/lib/server/health';
import { createTestDatabase } from './test-database';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('opening the database', () => {
  it('explains an unreachable PostgreSQL server in one sentence', async () => {
    const error = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect(error.message).toBe('Cannot reach PostgreSQL at 127.0.0.1:1/none: connection refused — is the server running and listening on that port?');
  });

  it('refuses a PGlite directory that another live process holds', async () => {
    const directory = path.join(scratch, 'held');
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(`${directory}.lock`, String(holder.pid));
      const error = await openDatabase({ dataDir: directory }).catch((e) => e);
      expect(error).toBeInstanceOf(DatabaseStartError);
      expect(error.message).toContain(`is in use by process ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that has ended', async () => {
    const directory = path.join(scratch, 'stale');
    const ended = spawnSync('true');
    writeFileSync(`${directory}.lock`, String(ended.pid));
    const handle = await openDatabase({ dataDir: directory });
    await handle.ping();
    await handle.close();
  });

  it('reports a corrupt PGlite directory clearly', async () => {
    const directory = path.join(scratch, 'corrupt');
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, 'PG_VERSION'), 'not a version\n');
    mkdirSync(path.join(directory, 'global'));
    writeFileSync(path.join(directory, 'global', 'pg_control'), 'garbage');
    const error = await openDatabase({ dataDir: directory }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect(error.message).toMatch(/could not be opened .* move the directory aside/);
  });
});

describe('health check', () => {
  it('is ok while the database answers and unavailable once it does not', async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      const healthy = await checkHealth(async () => database.handle);
      expect(healthy.status).toBe('ok');
      expect(healthy.database.reachable).toBe(true);
    } finally {
      await database.destroy();
    }
    const afterClose = await checkHealth(async () => database.handle, 500);
    expect(afterClose).toEqual({ status: 'unavailable', database: { kind: database.handle.kind, reachable: false, latencyMs: null } });
  });

  it('is unavailable when the database cannot be opened at all', async () => {
    const report = await checkHealth(() => openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }));
    expect(report.status).toBe('unavailable');
  });
});

describe('command-line tools', () => {
  function migrateCli(env: Record<string, string>) {
    return spawnSync('node_modules/.bin/tsx', ['scripts/db/migrate.ts'], {
      env: { ...process.env, TEST_DATABASE_URL: '', DATABASE_URL: '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('print one clear line and exit non-zero for a broken DATABASE_URL', () => {
    const result = migrateCli({ DATABASE_URL: 'localhost:5432/kantelpunt' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL must be a URL like postgres://');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuse to start in production without AUTH_SECRET', () => {
    const result = migrateCli({ NODE_ENV: 'production', AUTH_SECRET: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_SECRET is required in production');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('print one clear line and exit non-zero for an unreachable database', () => {
    const result = migrateCli({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/kantelpunt' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Kantelpunt: Cannot reach PostgreSQL at 127.0.0.1:1/kantelpunt: connection refused — is the server running and listening on that port?',
    );
  });
});
