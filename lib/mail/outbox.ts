import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { emailOutbox } from '@/db/schema';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(message: MailMessage & { from: string }): Promise<void>;
}

const MAX_ATTEMPTS = 5;

/**
 * Puts a message in the outbox. Call it inside the transaction of the change that causes the
 * mail, so that a rolled-back change sends nothing. Without SMTP the message simply stays here.
 */
export async function queueMail(db: Pick<Database, 'insert'>, message: MailMessage, smtpConfigured: boolean): Promise<void> {
  await db.insert(emailOutbox).values({
    toAddress: message.to,
    subject: message.subject,
    bodyText: message.text,
    status: smtpConfigured ? 'queued' : 'outbox_only',
  });
}

/**
 * Sends queued messages. Rows are claimed with FOR UPDATE SKIP LOCKED, so several instances
 * delivering at once never send a message twice; a failure is kept for a later attempt.
 */
export async function deliverQueuedMail(db: Database, transport: MailTransport, from: string, limit = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const batch = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'queued'), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
      .orderBy(emailOutbox.createdAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const row of batch) {
      try {
        await transport.send({ from, to: row.toAddress, subject: row.subject, text: row.bodyText });
        await tx
          .update(emailOutbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1`, lastError: null })
          .where(eq(emailOutbox.id, row.id));
        sent++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const attempts = row.attempts + 1;
        await tx
          .update(emailOutbox)
          .set({ attempts, lastError: reason.slice(0, 500), status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued' })
          .where(inArray(emailOutbox.id, [row.id]));
        failed++;
      }
    }
  });
  return { sent, failed };
}
