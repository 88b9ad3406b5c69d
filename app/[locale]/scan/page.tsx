import { randomUUID } from 'node:crypto';
import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageTitle } from '@/lib/i18n/page-title';
import { requestContext } from '@/lib/dal/request';
import { activeNaceVersion, naceOptions } from '@/lib/dal/nace';
import { CHANNEL_STATUSES, EMPLOYEE_BANDS } from '@/lib/domain/channels';
import { DIMENSION_CHANNELS, type Dimension } from '@/lib/domain/digital-score';
import { ScanForm, type ScanStep } from './_components/scan-form';

export const generateMetadata = pageTitle('quickScan');

/** The channel steps: two screens of about nine channels each, grouped by what they do. */
const CHANNEL_STEPS: ReadonlyArray<{ key: 'reach' | 'sell'; dimensions: readonly Dimension[] }> = [
  { key: 'reach', dimensions: ['visibility', 'reachability'] },
  { key: 'sell', dimensions: ['onlineSales', 'communication', 'customerData'] },
];

/** What the scan's form translates in the browser (see lib/i18n/client-messages). */
const SCAN_CLIENT_MESSAGES = [
  'ui',
  ...['progress', 'missingSector', 'missingChannels', 'employees', 'revenueChange', 'revenueChangeHint', 'back', 'next', 'submit', 'sending'].map(
    (k) => `quickScan.${k}`,
  ),
  ...['sector', 'sectorSearch', 'sectorHint', 'sectorPlaceholder', 'sectorCatalogue'].map((k) => `profile.${k}`),
];

/** The free quick scan: no account, no name, no address; the result comes at once. */
export default async function QuickScanPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { db } = await requestContext();
  const version = await activeNaceVersion(db);
  const [t, tProfile, tChannels, tInfo, tStatus, messages, options] = await Promise.all([
    getTranslations('quickScan'),
    getTranslations('profile'),
    getTranslations('channels'),
    getTranslations('channelInfo'),
    getTranslations('channelStatus'),
    clientMessages(SCAN_CLIENT_MESSAGES),
    // The divisions only; the picker fetches every code once the visitor starts typing.
    naceOptions(db, version, locale, { level: 'division' }),
  ]);
  const steps: ScanStep[] = [
    { title: t('stepBusiness'), channels: [] },
    ...CHANNEL_STEPS.map(({ key, dimensions }) => ({
      title: t(`step.${key}`),
      channels: dimensions.flatMap((d) => DIMENSION_CHANNELS[d].channels).map((channel) => ({ channel, name: tChannels(channel), info: tInfo(channel) })),
    })),
  ];
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <NextIntlClientProvider messages={messages}>
        <ScanForm
          // A new key per visit: the same form sent twice makes one scan.
          submissionKey={randomUUID()}
          steps={steps}
          naceOptions={options}
          allOptionsUrl={`/api/sectors/options?locale=${locale}`}
          catalogueVersion={version}
          employeeBands={EMPLOYEE_BANDS.map((band) => ({ value: band, label: tProfile(`employeeBands.${band}`) }))}
          statuses={CHANNEL_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        />
      </NextIntlClientProvider>
    </div>
  );
}
