import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { claimJob, failJob, finishJob, type Job } from './queue';
import { runImportApply, runImportCheck } from './member-import';
import { runReclassifyJob } from './reclassify';

const HANDLERS: Record<string, (db: Database, job: Job) => Promise<Record<string, unknown>>> = {
  reclassify: runReclassifyJob,
  member_import_check: runImportCheck,
  member_import_apply: runImportApply,
};

const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Runs queued jobs until none is left. Safe to call from any instance, as often as you like. */
export async function runPendingJobs(db: Database): Promise<number> {
  let ran = 0;
  for (let job = await claimJob(db, workerId); job; job = await claimJob(db, workerId)) {
    const handler = HANDLERS[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await finishJob(db, job.id, await handler(db, job));
    } catch (error) {
      await failJob(db, job.id, error instanceof Error ? error.message : String(error));
    }
    ran++;
  }
  return ran;
}
