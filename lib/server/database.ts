import { env } from '@/lib/config/env';
import { openDatabase, type Database, type DatabaseHandle } from '@/db/client';
import { applyMigrations } from '@/db/migrate';

/**
 * The process's one database handle, kept on globalThis so that hot reloads and the
 * several module graphs Next builds share one PGlite instance and one pg pool.
 */
const globalForDb = globalThis as typeof globalThis & { kantelpuntDatabase?: Promise<DatabaseHandle> };

async function openAndMigrate(): Promise<DatabaseHandle> {
  const config = env();
  const handle = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.PGLITE_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  await applyMigrations(handle);
  return handle;
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  globalForDb.kantelpuntDatabase ??= openAndMigrate().catch((error) => {
    // Let a later call try again rather than caching the failure forever.
    globalForDb.kantelpuntDatabase = undefined;
    throw error;
  });
  return globalForDb.kantelpuntDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
