import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, users } from '@/db/schema';
import { queueMail } from '@/lib/mail/outbox';
import { readPortalSetting } from '@/lib/settings/store';
import { channelReminderMail } from './mail';

/** Where the mail's links point and whether it leaves through SMTP (as lib/dal/accounts.ts's MailContext). */
export interface ReminderMailContext {
  appUrl: string;
  smtpConfigured: boolean;
}

/**
 * Queues the reminder to update the channels for every member whose last save of the channels is
 * at least `reminderMonths` (staff's setting) before `now` and who has not been reminded since that
 * save: one mail per save, in the member's language. Only active members who kept reminders on
 * count; a closed account has no business left and a deactivated user is not active.
 *
 * The claim is one UPDATE … RETURNING whose WHERE holds the whole rule. Two instances running at
 * once both try to update the same rows; PostgreSQL lets the second wait for the first and then
 * re-checks the WHERE against the row the first wrote (reminded now, so no longer due), so each
 * reminder is claimed once. The mails go into the outbox in the same transaction: a failed run
 * neither marks a business reminded nor sends anything.
 */
export async function queueChannelReminders(db: Database, now: Date, context: ReminderMailContext): Promise<{ queued: number }> {
  return db.transaction(async (tx) => {
    const months = await readPortalSetting(tx, 'reminderMonths');
    // Calendar months, counted by the database as it counts them everywhere (31 March minus one month is the end of February).
    const dueBefore = sql`${now.toISOString()}::timestamptz - make_interval(months => ${months}::int)`;
    const claimed = await tx
      .update(businesses)
      .set({ channelReminderAt: now })
      .where(
        and(
          eq(users.id, businesses.ownerId),
          eq(users.role, 'member'),
          eq(users.status, 'active'),
          eq(users.channelReminders, true),
          lte(businesses.channelsUpdatedAt, dueBefore),
          or(isNull(businesses.channelReminderAt), lt(businesses.channelReminderAt, businesses.channelsUpdatedAt)),
        ),
      )
      // The owner's row, joined as UPDATE … FROM (after the WHERE only so the lint rule sees a WHERE after the SET).
      .from(users)
      .returning({ email: users.email, name: users.name, locale: users.locale, channelsUpdatedAt: businesses.channelsUpdatedAt });
    for (const member of claimed) {
      // channelsUpdatedAt is never null here: the WHERE compared it.
      await queueMail(tx, channelReminderMail({ ...member, channelsUpdatedAt: member.channelsUpdatedAt ?? now }, context.appUrl), context.smtpConfigured);
    }
    return { queued: claimed.length };
  });
}
