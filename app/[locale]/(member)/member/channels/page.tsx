import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getOwnProfile } from '@/lib/dal/business-profile';
import { CHANNEL_STATUSES, CHANNELS } from '@/lib/domain/channels';
import { BackLink } from '@/components/ui/back-link';
import { ChannelsForm } from './_components/channels-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('channels');

/** What the channels form translates in the browser (see lib/i18n/client-messages); its conflict table borrows the profile's texts. */
const CHANNELS_CLIENT_MESSAGES = [
  'channelsForm.save',
  'channelsForm.saving',
  ...['conflictCaption', 'conflictField', 'conflictStored', 'conflictYours'].map((key) => `profile.${key}`),
];

export default async function ChannelsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member/channels', ['member']);
  const own = await getOwnProfile(db, viewer);
  if (!own) redirect(`/${locale}/member/profile`);
  const [t, tChannels, tInfo, tStatus, tMember, messages] = await Promise.all([
    getTranslations('channelsForm'),
    getTranslations('channels'),
    getTranslations('channelInfo'),
    getTranslations('channelStatus'),
    getTranslations('member'),
    clientMessages(CHANNELS_CLIENT_MESSAGES),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackLink href="/member">{tMember('scoreTitle')}</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <NextIntlClientProvider messages={messages}>
        <ChannelsForm
          version={own.business.version}
          rows={CHANNELS.map((channel) => ({ channel, name: tChannels(channel), info: tInfo(channel), status: own.statuses[channel] ?? 'unaware' }))}
          statuses={CHANNEL_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        />
      </NextIntlClientProvider>
    </div>
  );
}
