import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { createScratchDatabase } from '../../tests/support/scratch-database';

export interface OwnServer {
  baseURL: string;
  stop(): Promise<void>;
}

/**
 * The portal's own server (scripts/server.mjs) with the demo data, as scripts/e2e-server.mjs
 * starts it (Playwright cannot load that script's helpers: it compiles imported .mjs as CommonJS).
 */
export function spawnPortal(port: number, env: Record<string, string>, stdio: StdioOptions): ChildProcess {
  return spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'server.mjs')], {
    cwd: process.cwd(),
    stdio,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      APP_URL: `http://localhost:${port}`,
      DEMO_MODE: 'true',
      AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
      ...env,
      PORT: String(port),
    },
  });
}

/** A port the system hands out, so a test's own server never collides with another suite's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The production build (with its demo data) on a database of its own, prepared before it starts (PGlite lets only one
 * process open its directory): for a test that needs data the shared e2e server must not get. A
 * fresh database on E2E_DATABASE_URL's server when that is set, else a fresh PGlite directory. The
 * port is one the system hands out, so it never collides with another suite's server.
 */
export async function startOwnServer(prepare: (db: Database) => Promise<void>): Promise<OwnServer> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-e2e-own-'));
  const serverUrl = process.env.E2E_DATABASE_URL;
  let databaseUrl = '';
  let dropDatabase = async () => {};
  if (serverUrl) {
    const database = await createScratchDatabase(serverUrl, 'kantelpunt_e2e_own');
    databaseUrl = database.url;
    dropDatabase = database.drop;
  }
  const dataDir = path.join(scratch, 'pglite');
  const handle = await openDatabase(databaseUrl ? { databaseUrl, poolSize: 2 } : { dataDir });
  // Only the schema and the test's own rows: the server loads the reference and demo data as it starts.
  await applyMigrations(handle);
  await prepare(handle.db);
  await handle.close();

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawnPortal(port, { PGLITE_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, ['ignore', 'ignore', 'inherit']);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    await dropDatabase();
    rmSync(scratch, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { baseURL, stop };
    if (attempt > 240 || child.exitCode !== null) {
      await stop();
      throw new Error('the export test server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
