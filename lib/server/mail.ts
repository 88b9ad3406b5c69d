import 'server-only';
import { after } from 'next/server';
import { headers } from 'next/headers';
import { env } from '@/lib/config/env';
import type { MailContext } from '@/lib/dal/accounts';
import { deliverQueuedMail } from '@/lib/mail/outbox';
import { smtpTransport } from '@/lib/mail/smtp';
import { getDb } from './database';
import { clientIp } from './request';

/** Links in e-mail point at APP_URL, or at the address this request came in on. */
export async function mailContext(): Promise<MailContext> {
  const config = env();
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3000';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return { appUrl: config.APP_URL?.replace(/\/$/, '') ?? `${protocol}://${host}`, smtpConfigured: Boolean(config.SMTP_URL), ip: clientIp(requestHeaders) };
}

/** Sends queued mail after the response has gone out (only with SMTP_URL). */
export function scheduleMailDelivery(): void {
  const config = env();
  if (!config.SMTP_URL) return;
  const smtpUrl = config.SMTP_URL;
  after(async () => {
    try {
      await deliverQueuedMail(await getDb(), smtpTransport(smtpUrl), config.MAIL_FROM);
    } catch (error) {
      console.error(`[mail] delivery failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
