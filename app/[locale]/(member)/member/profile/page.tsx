import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getOwnProfile, profileValues } from '@/lib/dal/business-profile';
import { activeNaceVersion, naceOptions } from '@/lib/dal/nace';
import { EMPLOYEE_BANDS, NEEDS } from '@/lib/domain/channels';
import { PROVINCES } from '@/lib/domain/provinces';
import { postcodeLocalityMap } from '@/lib/domain/postcode-map';
import { BackLink } from '@/components/ui/back-link';
import { formatEnterpriseNumber } from '@/components/format';
import { ProfileForm } from './_components/profile-form';

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member/profile', ['member']);
  const [own, version] = await Promise.all([getOwnProfile(db, viewer), activeNaceVersion(db)]);
  const [t, tNeeds, tProvinces, tMember, format] = await Promise.all([
    getTranslations('profile'),
    getTranslations('needs'),
    getTranslations('provinces'),
    getTranslations('member'),
    getFormatter(),
  ]);
  const values = own ? profileValues(own.business) : null;
  const initial: Record<string, string | string[]> = values
    ? {
        ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : typeof v === 'boolean' ? (v ? 'on' : '') : String(v)])),
        needs: values.needs,
        enterpriseNumber: formatEnterpriseNumber(values.enterpriseNumber),
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
        <ProfileForm
          initial={initial}
          naceOptions={await naceOptions(db, version, locale)}
          localitiesByPostcode={postcodeLocalityMap()}
          provinceNames={Object.fromEntries(PROVINCES.map((p) => [p, tProvinces(p)]))}
          employeeBands={EMPLOYEE_BANDS.map((band) => ({ value: band, label: t(`employeeBands.${band}`) }))}
          needs={NEEDS.map((need) => ({ value: need, label: tNeeds(need) }))}
          consentNote={own?.business.contactConsentAt ? t('consentGiven', { date: format.dateTime(own.business.contactConsentAt, { dateStyle: 'long' }) }) : undefined}
          labels={{
            name: t('name'),
            enterpriseNumber: t('enterpriseNumber'),
            enterpriseNumberHint: t('enterpriseNumberHint'),
            sector: t('sector'),
            sectorSearch: t('sectorSearch'),
            sectorHint: t('sectorHint'),
            sectorPlaceholder: t('sectorPlaceholder'),
            sectorCatalogue: t('sectorCatalogue', { version }),
            postcode: t('postcode'),
            locality: t('locality'),
            localityPlaceholder: t('localityPlaceholder'),
            province: t('province', { province: '{province}' }),
            employees: t('employees'),
            revenueChange: t('revenueChange'),
            revenueChangeHint: t('revenueChangeHint'),
            needs: t('needs'),
            consent: t('consent'),
            consentText: t('consentText'),
            save: t('save'),
            saving: t('saving'),
            conflictCaption: t('conflictCaption'),
            conflictStored: t('conflictStored'),
            conflictYours: t('conflictYours'),
            field: t('conflictField'),
          }}
        />
      </div>
    </div>
  );
}
