import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getOwnProfile, profileValues } from '@/lib/dal/business-profile';
import { ownClaimedScan } from '@/lib/dal/quick-scan';
import { activeNaceVersion, naceOptions } from '@/lib/dal/nace';
import { EMPLOYEE_BANDS, NEEDS } from '@/lib/domain/channels';
import { PROVINCES } from '@/lib/domain/provinces';
import { postcodeLocalityMap } from '@/lib/reference/postcodes';
import { BackLink } from '@/components/ui/back-link';
import { formatEnterpriseNumber } from '@/components/format';
import { ProfileForm } from './_components/profile-form';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('profile');

const profile = (...keys: string[]) => keys.map((key) => `profile.${key}`);

/** What the profile form and its fields translate in the browser (see lib/i18n/client-messages). */
const PROFILE_CLIENT_MESSAGES = [
  'ui', // the inputs' character counts
  ...profile('name', 'enterpriseNumber', 'enterpriseNumberHint', 'sector', 'sectorSearch', 'sectorHint', 'sectorPlaceholder', 'sectorCatalogue'),
  ...profile('postcode', 'locality', 'localityPlaceholder', 'province', 'employees', 'revenueChange', 'revenueChangeHint', 'needs', 'consent', 'consentText'),
  ...profile('save', 'saving', 'conflictCaption', 'conflictStored', 'conflictYours', 'conflictField'),
];

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member/profile', ['member']);
  const [own, version, scan] = await Promise.all([getOwnProfile(db, viewer), activeNaceVersion(db), ownClaimedScan(db, viewer)]);
  const [t, tNeeds, tProvinces, tMember, format, messages] = await Promise.all([
    getTranslations('profile'),
    getTranslations('needs'),
    getTranslations('provinces'),
    getTranslations('member'),
    getFormatter(),
    clientMessages(PROFILE_CLIENT_MESSAGES),
  ]);
  const values = own ? profileValues(own.business) : null;
  const initial: Record<string, string | string[]> = values
    ? {
        ...Object.fromEntries(
          Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : typeof v === 'boolean' ? (v ? 'on' : '') : String(v)]),
        ),
        needs: values.needs,
        enterpriseNumber: formatEnterpriseNumber(values.enterpriseNumber),
      }
    : scan
      ? // What the quick scan already told us is not asked again.
        {
          version: '',
          naceCode: scan.naceCode,
          employeesBand: scan.employeesBand,
          revenueChangePct: scan.revenueChangePct === null ? '' : String(scan.revenueChangePct),
        }
      : { version: '' };

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackLink href="/member">{tMember('scoreTitle')}</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <NextIntlClientProvider messages={messages}>
          <ProfileForm
            initial={initial}
            naceOptions={await naceOptions(db, version, locale)}
            localitiesByPostcode={postcodeLocalityMap()}
            provinceNames={Object.fromEntries(PROVINCES.map((p) => [p, tProvinces(p)]))}
            employeeBands={EMPLOYEE_BANDS.map((band) => ({ value: band, label: t(`employeeBands.${band}`) }))}
            needs={NEEDS.map((need) => ({ value: need, label: tNeeds(need) }))}
            consentNote={
              own?.business.contactConsentAt ? t('consentGiven', { date: format.dateTime(own.business.contactConsentAt, { dateStyle: 'long' }) }) : undefined
            }
            catalogueVersion={version}
          />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
