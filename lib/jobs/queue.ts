import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs } from '@/db/schema';

/** Every kind of background job, with the payload it carries: enqueueing another shape does not compile. */
export interface JobPayloads {
  reclassify: { prefix: string; reason?: string };
  member_import_check: { importId: string };
  member_import_apply: { importId: string };
  channel_reminders: Record<string, never>;
}
export type JobKind = keyof JobPayloads;

type JobRow = typeof jobs.$inferSelect;
/** A claimed job of one kind (or, unparameterised, of any kind, told apart by `kind`). */
export type Job<K extends JobKind = JobKind> = K extends JobKind ? Omit<JobRow, 'kind' | 'payload'> & { kind: K; payload: JobPayloads[K] } : never;

const JOB_KINDS: Record<JobKind, true> = { reclassify: true, member_import_check: true, member_import_apply: true, channel_reminders: true };

/** Whether a stored row is of a kind this version knows (a row may predate or outlive its kind). */
export function isKnownJob(row: JobRow): row is JobRow & Job {
  return Object.hasOwn(JOB_KINDS, row.kind);
}

/** A stored row as a job of `kind` (for running one job directly, as the benchmarks do); throws when it is another kind. */
export function asJob<K extends JobKind>(row: JobRow, kind: K): Job<K> {
  if (row.kind !== kind) throw new Error(`job ${row.id} is a ${row.kind} job, not ${kind}`);
  return row as Job<K>;
}

/** How long a claimed job is ours; a worker that dies leaves it to be claimed again after this. */
const LEASE_SECONDS = 300;

/** Runs of a job (the first one included) before it fails for good. */
export const MAX_ATTEMPTS = 5;

/** How long to wait after a failed run before the next: 30 s, 2 min, 8 min, 32 min. */
export function retryDelaySeconds(attemptsMade: number): number {
  return 30 * 4 ** Math.max(0, attemptsMade - 1);
}

/**
 * A failure no retry can mend (the job's own records already say it failed, or its input is
 * wrong): the job fails at once instead of running again.
 */
export class FinalJobError extends Error {}

export async function enqueueJob<K extends JobKind>(db: Pick<Database, 'insert'>, kind: K, payload: JobPayloads[K], createdBy: string | null): Promise<string> {
  const [job] = await db.insert(jobs).values({ kind, payload, createdBy }).returning({ id: jobs.id });
  return job!.id;
}

/**
 * Claims the oldest job that is due, in one statement that returns it. FOR UPDATE SKIP LOCKED lets
 * any number of instances claim at once without taking the same job; a job whose lease expired
 * (its worker stopped) is claimable again, and counts as one more attempt.
 */
export async function claimJob(db: Database, workerId: string): Promise<JobRow | null> {
  const [job] = await db
    .update(jobs)
    .set({ status: 'running', lockedBy: workerId, lockedUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`, attempts: sql`${jobs.attempts} + 1` })
    .where(
      sql`${jobs.id} = (
        select id from jobs
        where (status = 'queued' or (status = 'running' and locked_until < now())) and run_after <= now()
        order by created_at
        for update skip locked
        limit 1
      )`,
    )
    .returning();
  return job ?? null;
}

export async function reportProgress(db: Database, jobId: string, done: number, total: number): Promise<void> {
  await db
    .update(jobs)
    .set({ progressDone: done, progressTotal: total, lockedUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
    .where(eq(jobs.id, jobId));
}

export async function finishJob(db: Database, jobId: string, result: Record<string, unknown>): Promise<void> {
  await db.update(jobs).set({ status: 'done', result, error: null, finishedAt: new Date(), lockedBy: null, lockedUntil: null }).where(eq(jobs.id, jobId));
}

/**
 * Records a failed run: the job waits `retryDelaySeconds` and is queued again, until MAX_ATTEMPTS
 * runs have failed (or the failure is final), when it fails for good. The last error is kept
 * either way, for operators. Only the worker holding the job may record it.
 */
export async function recordFailure(
  db: Database,
  job: Pick<JobRow, 'id' | 'attempts'>,
  workerId: string,
  error: string,
  final = false,
): Promise<'retry' | 'failed'> {
  const ours = and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId));
  const message = error.slice(0, 1000);
  if (final || job.attempts >= MAX_ATTEMPTS) {
    await db.update(jobs).set({ status: 'failed', error: message, finishedAt: new Date(), lockedBy: null, lockedUntil: null }).where(ours);
    return 'failed';
  }
  await db
    .update(jobs)
    .set({
      status: 'queued',
      error: message,
      runAfter: sql`now() + make_interval(secs => ${retryDelaySeconds(job.attempts)})`,
      lockedBy: null,
      lockedUntil: null,
    })
    .where(ours);
  return 'retry';
}
