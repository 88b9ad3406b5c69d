import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs } from '@/db/schema';

export type Job = typeof jobs.$inferSelect;

/** How long a claimed job is ours; a worker that dies leaves it to be claimed again after this. */
const LEASE_SECONDS = 300;

export async function enqueueJob(db: Pick<Database, 'insert'>, kind: string, payload: Record<string, unknown>, createdBy: string | null): Promise<string> {
  const [job] = await db.insert(jobs).values({ kind, payload, createdBy }).returning({ id: jobs.id });
  return job!.id;
}

/**
 * Claims the oldest runnable job for this worker. FOR UPDATE SKIP LOCKED lets any number of
 * instances claim at once without taking the same job; an expired lease is claimable again.
 */
export async function claimJob(db: Database, workerId: string): Promise<Job | null> {
  const result = await db.execute(sql`
    update jobs set status = 'running', locked_by = ${workerId}, locked_until = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
    where id = (
      select id from jobs
      where (status = 'queued' or (status = 'running' and locked_until < now())) and run_after <= now() and attempts < 5
      order by created_at
      for update skip locked
      limit 1
    )
    returning id`);
  const row = (result as unknown as { rows: Array<{ id: string }> }).rows[0];
  if (!row) return null;
  const [job] = await db.select().from(jobs).where(eq(jobs.id, row.id));
  return job ?? null;
}

export async function reportProgress(db: Database, jobId: string, done: number, total: number): Promise<void> {
  await db.update(jobs).set({ progressDone: done, progressTotal: total, lockedUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})` }).where(eq(jobs.id, jobId));
}

export async function finishJob(db: Database, jobId: string, result: Record<string, unknown>): Promise<void> {
  await db.update(jobs).set({ status: 'done', result, finishedAt: new Date(), lockedBy: null, lockedUntil: null }).where(eq(jobs.id, jobId));
}

export async function failJob(db: Database, jobId: string, error: string): Promise<void> {
  await db.update(jobs).set({ status: 'failed', error: error.slice(0, 1000), finishedAt: new Date(), lockedBy: null, lockedUntil: null }).where(eq(jobs.id, jobId));
}
