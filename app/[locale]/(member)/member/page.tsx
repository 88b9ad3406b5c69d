import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getOwnBusiness } from '@/lib/dal/businesses';
import { getDb } from '@/lib/server/database';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';

export default async function MemberHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const viewer = await requirePageViewer(locale, '/member', ['member']);
  const business = await getOwnBusiness(await getDb(), viewer);
  const t = await getTranslations('member');

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t('title', { name: viewer.name })}</h1>
      <section aria-labelledby="business-title" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="business-title" className="text-xl font-semibold">
          {business?.name ?? t('businessTitle')}
        </h2>
        {business ? (
          <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
            <Item label={t('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
            <Item label={t('locality')} value={`${business.postcode ?? ''} ${business.locality ?? ''}`.trim() || '—'} />
            <Item label={t('sector')} value={sectorLabel(business, locale)} />
            <Item label={t('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
            <Item label={t('channelsInUse')} value={String(business.channelsInUseCount ?? 0)} />
            <Item label={t('advisor')} value={business.advisorName ?? t('noAdvisor')} />
          </dl>
        ) : (
          <p className="mt-3 text-slate-700">{t('noBusiness')}</p>
        )}
      </section>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
