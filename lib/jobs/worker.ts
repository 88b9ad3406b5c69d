import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { claimJob, FinalJobError, finishJob, isKnownJob, MAX_ATTEMPTS, recordFailure, type Job, type JobKind } from './queue';
import { runImportApply, runImportCheck } from '@/lib/member-import/job';
import { runReclassifyJob } from './reclassify';
import { runChannelRemindersJob } from '@/lib/reminders/job';

export type JobHandlers = { [K in JobKind]: (db: Database, job: Job<K>) => Promise<Record<string, unknown>> };

/** What runs each kind of job; a new kind in JobPayloads does not compile until it has one. */
export const JOB_HANDLERS: JobHandlers = {
  reclassify: runReclassifyJob,
  member_import_check: runImportCheck,
  member_import_apply: runImportApply,
  channel_reminders: runChannelRemindersJob,
};

const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;

function run(db: Database, job: Job, handlers: JobHandlers): Promise<Record<string, unknown>> {
  // The kind and the handler's payload type match by construction; TypeScript cannot follow a union through an index.
  const handler = handlers[job.kind] as (db: Database, job: Job) => Promise<Record<string, unknown>>;
  return handler(db, job);
}

/**
 * Runs the jobs that are due until none is left. Safe to call from any instance, as often as you
 * like. A failed run is retried later (see `recordFailure`), so it does not come back in this call.
 * `handlers` is for tests.
 */
export async function runPendingJobs(db: Database, handlers: JobHandlers = JOB_HANDLERS, worker = workerId): Promise<number> {
  let ran = 0;
  for (let job = await claimJob(db, worker); job; job = await claimJob(db, worker)) {
    ran++;
    if (!isKnownJob(job)) {
      await recordFailure(db, job, worker, `no handler for job kind ${job.kind}`, true);
      continue;
    }
    // Claimed once more after its last attempt's lease ran out: its worker stopped every time.
    if (job.attempts > MAX_ATTEMPTS) {
      await recordFailure(db, job, worker, `gave up after ${MAX_ATTEMPTS} attempts that did not finish`, true);
      continue;
    }
    try {
      await finishJob(db, job.id, await run(db, job, handlers));
    } catch (error) {
      await recordFailure(db, job, worker, error instanceof Error ? error.message : String(error), error instanceof FinalJobError);
    }
  }
  return ran;
}
