import { formatEnvProblems, readEnv } from '@/lib/config/env';
import { DatabaseStartError } from '@/db/errors';
import type { Database } from '@/db/client';
import { deliverQueuedMail } from '@/lib/mail/outbox';
import { smtpTransport } from '@/lib/mail/smtp';
import { runPendingJobs } from '@/lib/jobs/worker';
import { expireAbandonedUploads } from '@/lib/member-import/job';
import { enqueueChannelRemindersIfIdle } from '@/lib/reminders/job';
import { compactProgrammeCounts } from '@/lib/dal/programme-counts';
import { deleteExpiredScans } from '@/lib/dal/quick-scan';
import { getDatabaseHandle } from './database';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Mail is sent right after the request that queued it; this sweep retries what failed. The queue
 * lives in the database and rows are claimed with SKIP LOCKED, so every instance may sweep.
 */
function startMailSweep(db: Database, smtpUrl: string, from: string): void {
  const sweep = () =>
    deliverQueuedMail(db, smtpTransport(smtpUrl), from).catch((error: unknown) =>
      console.error(`[mail] delivery failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void sweep();
  setInterval(sweep, 60_000).unref();
}

/**
 * Jobs start right after the request that queued them; this sweep picks up what a stopped or
 * crashed instance left (its lease expires) and failed runs whose retry has come due, on
 * whichever instance gets there first.
 */
function startJobSweep(db: Database): void {
  const sweep = () => runPendingJobs(db).catch((error: unknown) => console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`));
  void sweep();
  setInterval(sweep, 15_000).unref();
  // Uploaded member lists never imported are dropped after a while; any instance may do it (the update is idempotent).
  const expire = () =>
    expireAbandonedUploads(db).catch((error: unknown) => console.error(`[imports] ${error instanceof Error ? error.message : String(error)}`));
  void expire();
  setInterval(expire, 60 * 60_000).unref();
  // Quick scans nobody saved in an account are deleted after their week; the count per day stays.
  const expireScans = () =>
    deleteExpiredScans(db).catch((error: unknown) => console.error(`[quick-scan] ${error instanceof Error ? error.message : String(error)}`));
  void expireScans();
  setInterval(expireScans, 60 * 60_000).unref();
  // Reminders to update the channels: a job, so a run survives a restart; the job claims each reminder once across instances.
  const remind = () =>
    enqueueChannelRemindersIfIdle(db).catch((error: unknown) => console.error(`[reminders] ${error instanceof Error ? error.message : String(error)}`));
  void remind();
  setInterval(remind, 60 * 60_000).unref();
}

/**
 * The programme counts' triggers append a signed change per write (db/schema.ts, businessCounts);
 * this folds them into one row per key every minute so the dashboard's sums stay short. Any
 * instance may call it: the database lets one fold at a time and the others skip.
 */
function startCountsFolding(db: Database): void {
  const fold = () => compactProgrammeCounts(db).catch((error: unknown) => console.error(`[counts] ${error instanceof Error ? error.message : String(error)}`));
  setInterval(fold, 60_000).unref();
}

export async function boot(): Promise<void> {
  const parsed = readEnv();
  if (!parsed.ok) fail(formatEnvProblems(parsed.problems));
  const config = parsed.env;
  const started = Date.now();
  try {
    const handle = await getDatabaseHandle();
    const { seedReferenceData } = await import('@/lib/seed/reference');
    await handle.exclusively('kantelpunt:seed', () => seedReferenceData(handle.db));
    if (config.DEMO_MODE) {
      const { seedDemoData } = await import('@/lib/seed/demo');
      const result = await handle.exclusively('kantelpunt:seed', () => seedDemoData(handle.db));
      if (result.businessesCreated > 0) console.log(`[boot] demo data loaded: ${result.businessesCreated} businesses, ${result.usersCreated} users`);
    }
    console.log(`[boot] database ready (${handle.kind}: ${handle.location}) in ${Date.now() - started} ms`);
    if (config.SMTP_URL) startMailSweep(handle.db, config.SMTP_URL, config.MAIL_FROM);
    startJobSweep(handle.db);
    startCountsFolding(handle.db);
  } catch (error) {
    if (error instanceof DatabaseStartError) fail(`Kantelpunt cannot start: ${error.message}`);
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Kantelpunt cannot start: the database could not be prepared (${reason}).`);
  }
}
