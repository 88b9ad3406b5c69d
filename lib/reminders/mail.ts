import type { AppLocale } from '@/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import type { MailMessage } from '@/lib/mail/outbox';

export interface ReminderRecipient {
  email: string;
  name: string;
  locale: AppLocale;
  /** The last save of the channels, which the mail names. */
  channelsUpdatedAt: Date;
}

/**
 * The reminder in the member's language. Both links start with the configured APP_URL (never a
 * request's Host): the channels form, and the member's data page where the reminder is turned off.
 */
export function channelReminderMail(recipient: ReminderRecipient, appUrl: string): MailMessage {
  const t = translator(recipient.locale, 'reminders');
  return {
    to: recipient.email,
    subject: t('mail.subject'),
    text: t('mail.body', {
      name: recipient.name,
      date: recipient.channelsUpdatedAt,
      link: `${appUrl}/${recipient.locale}/member/channels`,
      settingsLink: `${appUrl}/${recipient.locale}/member/data`,
    }),
  };
}
