import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { buttonClasses } from '@/components/ui/button';
import { BackLink } from '@/components/ui/back-link';
import { CloseAccountForm } from './_components/close-account-form';
import { ReminderForm } from './_components/reminder-form';
import { getReminderMonths } from '@/lib/dal/portal-settings';
import { getOwnChannelReminders } from '@/lib/reminders/dal/preference';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('memberData');

/** What the close-account form translates in the browser (see lib/i18n/client-messages). */
const CLOSE_ACCOUNT_MESSAGES = ['memberData.confirm', 'memberData.closeButton', 'memberData.closing'];
/** What the reminder form translates in the browser. */
const REMINDER_MESSAGES = ['reminders.preference'];

export default async function MyDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member/data', ['member']);
  const [t, tMember, tReminders, messages, reminderMessages, remindersOn, reminderMonths] = await Promise.all([
    getTranslations('memberData'),
    getTranslations('member'),
    getTranslations('reminders'),
    clientMessages(CLOSE_ACCOUNT_MESSAGES),
    clientMessages(REMINDER_MESSAGES),
    getOwnChannelReminders(db, viewer),
    getReminderMonths(db, viewer),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackLink href="/member">{tMember('scoreTitle')}</BackLink>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <Section id="export-title" title={t('exportTitle')} className="rounded-lg border border-slate-200 bg-white p-6">
        <p className="mt-2 text-slate-700">{t('export')}</p>
        {/* A plain link: the browser downloads the attachment the route returns. */}
        <a href="/api/member/export" className={buttonClasses('secondary', 'md', 'mt-4')} download>
          {t('exportButton')}
        </a>
      </Section>
      <Section id="reminder-title" title={tReminders('preference.title')} className="rounded-lg border border-slate-200 bg-white p-6">
        <p className="mt-2 mb-4 text-slate-700">{tReminders('preference.intro')}</p>
        <NextIntlClientProvider messages={reminderMessages}>
          <ReminderForm enabled={remindersOn} months={reminderMonths} />
        </NextIntlClientProvider>
      </Section>
      <Section id="close-title" title={t('closeTitle')} className="rounded-lg border border-red-200 bg-white p-6">
        <p className="mt-2 mb-4 text-slate-700">{t('close')}</p>
        <NextIntlClientProvider messages={messages}>
          <CloseAccountForm />
        </NextIntlClientProvider>
      </Section>
    </div>
  );
}
