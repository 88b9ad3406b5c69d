import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageTitle } from '@/lib/i18n/page-title';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getReminderSetting } from '@/lib/dal/portal-settings';
import { REMINDER_MONTHS_MAX, REMINDER_MONTHS_MIN } from '@/lib/settings/portal-settings';
import { Section } from '@/components/ui/section';
import { ReminderMonthsForm } from './_components/reminder-months-form';

export const generateMetadata = pageTitle('staffSettings');

/** What the settings form translates in the browser (see lib/i18n/client-messages). */
const FORM_MESSAGES = ['staffSettings.reminderMonths', 'staffSettings.reminderMonthsHint', 'staffSettings.save', 'staffSettings.saving'];

/** Settings staff change for the whole portal (lib/settings): for now, when members are reminded to update their channels. */
export default async function StaffSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/settings', ['staff']);
  const [setting, t, messages] = await Promise.all([getReminderSetting(db, viewer), getTranslations('staffSettings'), clientMessages(FORM_MESSAGES)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <Section
        id="reminders-title"
        title={t('remindersTitle')}
        headingClassName="mb-2 text-xl font-semibold"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <p className="mb-2 text-slate-700">{t('remindersIntro')}</p>
        <p className="mb-4 text-sm text-slate-600">
          {setting.changedAt
            ? setting.changedBy
              ? t('lastChanged', { date: setting.changedAt, name: setting.changedBy })
              : t('lastChangedUnknown', { date: setting.changedAt })
            : t('defaultInForce')}
        </p>
        <NextIntlClientProvider messages={messages}>
          <ReminderMonthsForm months={setting.months} min={REMINDER_MONTHS_MIN} max={REMINDER_MONTHS_MAX} />
        </NextIntlClientProvider>
      </Section>
    </div>
  );
}
