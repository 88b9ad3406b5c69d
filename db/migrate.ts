import path from 'node:path';
import type { DatabaseHandle } from './client';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Applies the committed drizzle-kit migrations; safe to call from several instances at once. */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.exclusively('kantelpunt:migrations', async () => {
    if (handle.kind === 'postgres') {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  });
}
