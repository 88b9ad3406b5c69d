import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDirectoryLock, type DirectoryLock } from './directory-lock';
import { DatabaseStartError, describeConnectionError } from './errors';

/** Drizzle over either driver: the app code never needs to know which one it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** A human-readable location for logs: host:port/db or the data directory. */
  location: string;
  /** Runs `select 1`; rejects when the database does not answer within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  /** Runs `work` while holding a cluster-wide lock, so that only one instance migrates or seeds at a time. */
  exclusively<T>(lockName: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A stable 32-bit key for pg_advisory_lock from a readable name. */
function advisoryKey(name: string): number {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

export interface DatabaseConfig {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Directory of the embedded database (ignored with a databaseUrl). */
  dataDir?: string;
  poolSize?: number;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const url = new URL(databaseUrl);
  const location = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  const pool = new Pool({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // A client losing its connection must not crash the process. The pool listens on idle clients
  // only; a checked-out one (mid-transaction, or the migration lock's) whose backend is killed
  // between two queries emits 'error' with nobody listening: an uncaughtException. So every client
  // gets a listener of its own; the query that needed it fails, and the pool replaces the client.
  pool.on('error', (error) => console.error(`[db] idle PostgreSQL connection failed: ${error.message}`));
  pool.on('connect', (client) => {
    client.on('error', (error) => console.error(`[db] PostgreSQL connection failed: ${error.message}`));
  });
  try {
    await withTimeout(pool.query('select 1'), 10_000, `PostgreSQL at ${location}`);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseStartError(`Cannot reach PostgreSQL at ${location}: ${describeConnectionError(error)}`);
  }
  const db = drizzle(pool, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    location,
    ping: async (timeoutMs = 3_000) => {
      await withTimeout(pool.query('select 1'), timeoutMs, 'PostgreSQL');
    },
    exclusively: async (lockName, work) => {
      // Session-level advisory lock on one dedicated connection; the work itself may use the pool.
      const lockClient = await pool.connect();
      const key = advisoryKey(lockName);
      try {
        await lockClient.query('select pg_advisory_lock($1)', [key]);
        return await work();
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
        lockClient.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const directory = path.resolve(dataDir);
  mkdirSync(path.dirname(directory), { recursive: true });
  // PGlite has no lock of its own: two processes on one directory silently lose rows.
  const lock: DirectoryLock = acquireDirectoryLock(directory);
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  let client: InstanceType<typeof PGlite>;
  try {
    client = await PGlite.create(directory, { extensions: { pg_trgm } });
    await client.query('select 1');
  } catch (error) {
    lock.release();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartError(
      `The embedded database in ${directory} could not be opened (${reason}). ` +
        'It may be corrupt or from another PGlite version: move the directory aside to start with a fresh one.',
    );
  }
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    location: directory,
    ping: async (timeoutMs = 3_000) => {
      await withTimeout(client.query('select 1'), timeoutMs, 'The embedded database');
    },
    // One process owns the directory (see the lock above), so there is nobody to exclude.
    exclusively: (_lockName, work) => work(),
    close: async () => {
      await client.close();
      lock.release();
    },
  };
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openPglite(config.dataDir ?? '.data/pglite');
}
