import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { withExpectedErrors } from '../support/expected-errors';

// Killing one backend needs a PostgreSQL server: PGlite has no other connection to lose.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('a PostgreSQL connection killed mid-transaction', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it('fails that transaction only: no uncaught error, and the pool goes on', async () => {
    const uncaught: Error[] = [];
    const record = (error: Error) => uncaught.push(error);
    process.on('uncaughtExceptionMonitor', record);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const db = database.handle.db;
      // The client's error listener logs the lost connection (the point of the test): expected, so not printed.
      const lostConnection = /^\[db\] PostgreSQL connection failed: /;
      await withExpectedErrors([lostConnection], () =>
        expect(
          db.transaction(async (tx) => {
            const { rows } = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] };
            const pid = rows[0]!.pid;
            await admin.query('select pg_terminate_backend($1)', [pid]);
            // Only once the backend is gone has its "terminating connection" reached this client,
            // between two statements: the moment a client without an error listener crashed the process.
            for (;;) {
              const { rows: alive } = await admin.query('select 1 from pg_stat_activity where pid = $1', [pid]);
              if (alive.length === 0) break;
            }
            await tx.execute(sql`select 1`);
          }),
        ).rejects.toThrow(),
      );
      const { rows } = (await db.execute(sql`select 41 + 1 as answer`)) as unknown as { rows: { answer: number }[] };
      expect(rows[0]!.answer).toBe(42);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtExceptionMonitor', record);
      await admin.end();
    }
  });
});
