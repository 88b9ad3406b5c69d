import 'server-only';
import { after } from 'next/server';
import { headers } from 'next/headers';
import { appUrl, env } from '@/lib/config/env';
import type { MailContext } from '@/lib/dal/accounts';
import { deliverQueuedMail } from '@/lib/mail/outbox';
import { smtpTransport } from '@/lib/mail/smtp';
import { getDb } from './database';
import { clientIp } from './request';

/**
 * Links in e-mail point at the configured address only. Never at the Host or X-Forwarded-Host of
 * the request: anyone can send those, and a reset link for someone else's account would then
 * carry its token to the sender's server.
 */
export async function mailContext(): Promise<MailContext> {
  const config = env();
  return { appUrl: appUrl(config), smtpConfigured: Boolean(config.SMTP_URL), ip: clientIp(await headers()) };
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
