import nodemailer from 'nodemailer';
import type { MailTransport } from './outbox';

/** The SMTP transport named by SMTP_URL (smtp:// or smtps://). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({ from: message.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
