import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { emailOutbox } from '@/db/schema';
import { deliverQueuedMail, queueMail } from '@/lib/mail/outbox';
import { smtpTransport } from '@/lib/mail/smtp';
import { createTestDatabase, type TestDatabase } from './test-database';

interface Received {
  from: string;
  to: string[];
  data: string;
}

let database: TestDatabase;
let server: SMTPServer;
let port: number;
const received: Received[] = [];
let refuseNext = false;

beforeAll(async () => {
  database = await createTestDatabase();
  // A real SMTP server on loopback: the portal's mail goes through nodemailer over TCP.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refuseNext) {
          refuseNext = false;
          const error = new Error('mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await database?.destroy();
});

describe('e-mail through SMTP', () => {
  it('delivers queued mail and marks it sent', async () => {
    const db = database.handle.db;
    await queueMail(db, { to: 'lid@example.be', subject: 'Bevestig je e-mailadres', text: 'Dag Lid,\nklik hier.' }, true);
    const result = await deliverQueuedMail(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'Kantelpunt <no-reply@kantelpunt.test>');
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['lid@example.be']);
    expect(received[0]!.from).toBe('no-reply@kantelpunt.test');
    expect(received[0]!.data).toContain('Subject: Bevestig je e-mailadres');
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'lid@example.be'));
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a refused message for a later attempt, then sends it once', async () => {
    const db = database.handle.db;
    await queueMail(db, { to: 'later@example.be', subject: 'Later', text: 'Tekst' }, true);
    refuseNext = true;
    expect(await deliverQueuedMail(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'no-reply@kantelpunt.test')).toEqual({ sent: 0, failed: 1 });
    const [failed] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'later@example.be'));
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed!.lastError).toContain('mailbox unavailable');

    expect(await deliverQueuedMail(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'no-reply@kantelpunt.test')).toEqual({ sent: 1, failed: 0 });
    expect(await deliverQueuedMail(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'no-reply@kantelpunt.test')).toEqual({ sent: 0, failed: 0 });
    expect(received.filter((m) => m.to.includes('later@example.be'))).toHaveLength(1);
  });

  it('leaves outbox-only mail alone', async () => {
    const db = database.handle.db;
    await queueMail(db, { to: 'only@example.be', subject: 'Outbox', text: 'Tekst' }, false);
    expect(await deliverQueuedMail(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'no-reply@kantelpunt.test')).toEqual({ sent: 0, failed: 0 });
  });
});
