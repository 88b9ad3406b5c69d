import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { applyMigrations } from '@/db/migrate';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { createScratchDatabase } from '../support/scratch-database';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The connection URL (PostgreSQL) or data directory (PGlite) of this database. */
  location: string;
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the server named by
 * TEST_DATABASE_URL, or else a PGlite instance in a temporary directory. Nothing is shared
 * between files or left behind.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let handle: DatabaseHandle;
  let location: string;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'kantelpunt_test');
    location = scratch.url;
    handle = await openDatabase({ databaseUrl: location, poolSize: 4 });
    cleanup = scratch.drop;
  } else {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-test-'));
    location = path.join(directory, 'pglite');
    handle = await openDatabase({ dataDir: location });
    cleanup = async () => rmSync(directory, { recursive: true, force: true });
  }
  if (options.migrate !== false) await applyMigrations(handle);
  return {
    handle,
    location,
    destroy: async () => {
      await handle.close().catch(() => undefined);
      await cleanup();
    },
  };
}

/** The viewer of a seeded user, as the data access layer would see them now. */
export async function viewerByEmail(db: Database, email: string): Promise<Viewer> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const viewer = await loadViewer(db, user.id);
  if (!viewer) throw new Error(`${email} may not act (inactive?)`);
  return viewer;
}

/**
 * For a test file about the demo data: a fresh database with the reference and demo data, made
 * before the file's tests and dropped after them. Returns the database and a viewer by e-mail.
 */
export function demoDatabaseForThisFile() {
  let database: TestDatabase | undefined;
  const db = () => database!.handle.db;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedReferenceData(db());
    await seedDemoData(db());
  });
  afterAll(async () => {
    await database?.destroy();
  });
  return { db, viewerFor: (email: string): Promise<Viewer> => viewerByEmail(db(), email) };
}
