import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs } from '@/db/schema';
import { appUrl, env } from '@/lib/config/env';
import type { Job, JobKind } from '@/lib/jobs/queue';
import { queueChannelReminders } from './channel-reminders';

const KIND = 'channel_reminders' satisfies JobKind;

/**
 * The job: queues the reminders that are due now. Links use the configured APP_URL; the mails are
 * delivered like every other (the mail sweep in lib/server/boot.ts, or left in the outbox without SMTP).
 */
export async function runChannelRemindersJob(db: Database, _job: Job<'channel_reminders'>): Promise<{ queued: number }> {
  const config = env();
  return queueChannelReminders(db, new Date(), { appUrl: appUrl(config), smtpConfigured: Boolean(config.SMTP_URL) });
}

/**
 * How long after one reminder job another may be added. Every instance sweeps hourly; this keeps
 * the jobs table at about one reminder job an hour however many instances run (a day's reminders
 * go out within the hour after they fall due).
 */
const MINUTES_BETWEEN_RUNS = 50;

/**
 * Adds a reminder job unless one is waiting or running or one was added recently, in one
 * statement. Two instances may still add one each at the same moment: harmless, since the job's
 * claim (UPDATE … RETURNING) reminds each member once. True when a job was added.
 */
export async function enqueueChannelRemindersIfIdle(db: Database): Promise<boolean> {
  const result = (await db.execute(sql`
    insert into ${jobs} (kind, payload)
    select ${KIND}, '{}'::jsonb
    where not exists (
      select 1 from ${jobs}
      where kind = ${KIND} and (status in ('queued', 'running') or created_at > now() - make_interval(mins => ${MINUTES_BETWEEN_RUNS}))
    )
    returning id`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}
