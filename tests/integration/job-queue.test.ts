import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '@/db/client';
import { jobs } from '@/db/schema';
import { claimJob, enqueueJob, FinalJobError, MAX_ATTEMPTS, retryDelaySeconds } from '@/lib/jobs/queue';
import { JOB_HANDLERS, runPendingJobs, type JobHandlers } from '@/lib/jobs/worker';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});
// Each test starts from an empty queue: the claims below take whatever job is due.
beforeEach(async () => {
  await db()
    .delete(jobs)
    .where(sql`true`);
});

const jobRow = async (id: string) => (await db().select().from(jobs).where(eq(jobs.id, id)))[0]!;
/** Seconds until the job is due again, by the database's clock. */
const secondsUntilDue = async (id: string) => {
  const result = (await db().execute(sql`select extract(epoch from run_after - now())::float8 as s from jobs where id = ${id}`)) as unknown as {
    rows: Array<{ s: number }>;
  };
  return Number(result.rows[0]!.s);
};
/** Lets the time pass that a retry waits for, without waiting: the job is due now. */
const makeDue = (id: string) =>
  db()
    .update(jobs)
    .set({ runAfter: sql`now()` })
    .where(eq(jobs.id, id));

function failingReclassify(error: () => Error): { handlers: JobHandlers; runs: () => number } {
  let runs = 0;
  return {
    handlers: {
      ...JOB_HANDLERS,
      reclassify: async () => {
        runs++;
        throw error();
      },
    },
    runs: () => runs,
  };
}

describe('a failing job', () => {
  it('waits longer after each failure: 30 s, then four times as long each time', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 120, 480, 1920]);
  });

  it('is retried with backoff, then fails for good after the last attempt', async () => {
    const id = await enqueueJob(db(), 'reclassify', { prefix: '56' }, null);
    const failing = failingReclassify(() => new Error('the database went away'));

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await runPendingJobs(db(), failing.handlers)).toBe(1);
      expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: attempt, error: 'the database went away', lockedBy: null, finishedAt: null });
      // Due only after the backoff (less the moment the test took since): not run again now.
      const wait = await secondsUntilDue(id);
      expect(wait).toBeGreaterThan(retryDelaySeconds(attempt) - 10);
      expect(wait).toBeLessThanOrEqual(retryDelaySeconds(attempt));
      expect(await runPendingJobs(db(), failing.handlers)).toBe(0);
      await makeDue(id);
    }

    expect(await runPendingJobs(db(), failing.handlers)).toBe(1);
    const failed = await jobRow(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, error: 'the database went away', lockedBy: null });
    expect(failed.finishedAt).toBeInstanceOf(Date);
    expect(failing.runs()).toBe(MAX_ATTEMPTS);
    // Failed for good: never claimed again, even when due.
    await makeDue(id);
    expect(await runPendingJobs(db(), failing.handlers)).toBe(0);
    expect(failing.runs()).toBe(MAX_ATTEMPTS);
  });

  it('that a retry cannot mend fails at once', async () => {
    const id = await enqueueJob(db(), 'reclassify', { prefix: '56' }, null);
    const failing = failingReclassify(() => new FinalJobError('the import says it failed'));
    expect(await runPendingJobs(db(), failing.handlers)).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 1, error: 'the import says it failed' });
  });

  it('succeeds on a later attempt and forgets the earlier error', async () => {
    const id = await enqueueJob(db(), 'reclassify', { prefix: '56' }, null);
    expect(await runPendingJobs(db(), failingReclassify(() => new Error('briefly unavailable')).handlers)).toBe(1);
    await makeDue(id);
    const succeeding: JobHandlers = { ...JOB_HANDLERS, reclassify: async (_db, job) => ({ prefix: job.payload.prefix }) };
    expect(await runPendingJobs(db(), succeeding)).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, error: null, result: { prefix: '56' } });
  });

  it('whose worker stopped during every attempt fails for good without running again', async () => {
    const id = await enqueueJob(db(), 'reclassify', { prefix: '56' }, null);
    // The last attempt's worker stopped: its lease ran out with the job still running.
    await db()
      .update(jobs)
      .set({ status: 'running', attempts: MAX_ATTEMPTS, lockedBy: 'gone', lockedUntil: sql`now() - interval '1 minute'` })
      .where(eq(jobs.id, id));
    const failing = failingReclassify(() => new Error('not to be run'));
    expect(await runPendingJobs(db(), failing.handlers)).toBe(1);
    expect(failing.runs()).toBe(0);
    expect(await jobRow(id)).toMatchObject({ status: 'failed', error: `gave up after ${MAX_ATTEMPTS} attempts that did not finish` });
  });

  it('of a kind this version does not know fails at once', async () => {
    const [row] = await db().insert(jobs).values({ kind: 'retired_kind', payload: {} }).returning({ id: jobs.id });
    expect(await runPendingJobs(db())).toBe(1);
    expect(await jobRow(row!.id)).toMatchObject({ status: 'failed', attempts: 1, error: 'no handler for job kind retired_kind' });
  });
});

/**
 * Two claimers that race. On PostgreSQL they are two connections, held at a barrier (a third
 * connection locks the jobs table until both claims wait for it) and let go together, so both
 * claims run at the same moment. PGlite has one connection that runs statements one after the
 * other: there the claims are started together but run in turn, which checks only that the
 * second sees the first's claim.
 */
async function raceTwoClaims(): Promise<Array<{ id: string } | null>> {
  if (database.handle.kind !== 'postgres') {
    return Promise.all([claimJob(db(), 'instance-a'), claimJob(db(), 'instance-b')]);
  }
  const [a, b] = await Promise.all([
    openDatabase({ databaseUrl: database.location, poolSize: 1 }),
    openDatabase({ databaseUrl: database.location, poolSize: 1 }),
  ]);
  const gate = new pg.Client({ connectionString: database.location });
  await gate.connect();
  try {
    await gate.query('begin');
    await gate.query('lock table jobs in exclusive mode');
    const claims = Promise.all([claimJob(a.db, 'instance-a'), claimJob(b.db, 'instance-b')]);
    await untilWaitingOnLocks(gate, 2);
    await gate.query('commit');
    return await claims;
  } finally {
    await gate.end();
    await Promise.all([a.close(), b.close()]);
  }
}

/** Returns once `count` other connections wait for a lock: both claims are then at the barrier. */
async function untilWaitingOnLocks(client: pg.Client, count: number): Promise<void> {
  for (let check = 0; check < 10_000; check++) {
    const { rows } = await client.query<{ waiting: number }>(
      "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
    );
    if (rows[0]!.waiting >= count) return;
  }
  throw new Error(`the claims never reached the barrier (${count} expected)`);
}

describe('claiming', () => {
  it('returns the whole claimed row in one statement', async () => {
    const id = await enqueueJob(db(), 'member_import_check', { importId: '00000000-0000-4000-8000-000000000001' }, null);
    expect(await claimJob(db(), 'instance-a')).toMatchObject({
      id,
      kind: 'member_import_check',
      payload: { importId: '00000000-0000-4000-8000-000000000001' },
      status: 'running',
      attempts: 1,
      lockedBy: 'instance-a',
    });
  });

  it('gives one job to exactly one of two instances racing for it', async () => {
    const id = await enqueueJob(db(), 'reclassify', { prefix: '47.7' }, null);
    const claims = await raceTwoClaims();
    expect(claims.filter((c) => c !== null).map((c) => c!.id)).toEqual([id]);
    expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 1 });
  });

  it('gives two instances racing for two jobs one each, never the same one', async () => {
    const first = await enqueueJob(db(), 'reclassify', { prefix: '47.7' }, null);
    const second = await enqueueJob(db(), 'reclassify', { prefix: '56' }, null);
    const claims = await raceTwoClaims();
    expect(claims.map((c) => c?.id).sort()).toEqual([first, second].sort());
  });
});
