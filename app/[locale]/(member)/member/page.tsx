import { getTranslations } from 'next-intl/server';
import { DescriptionItem } from '@/components/ui/description-item';
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
            <DescriptionItem label={t('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
            <DescriptionItem label={t('locality')} value={`${business.postcode ?? ''} ${business.locality ?? ''}`.trim() || '—'} />
            <DescriptionItem label={t('sector')} value={sectorLabel(business, locale)} />
            <DescriptionItem label={t('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
            <DescriptionItem label={t('channelsInUse')} value={String(business.channelsInUseCount ?? 0)} />
            <DescriptionItem label={t('advisor')} value={business.advisorName ?? t('noAdvisor')} />
          </dl>
        ) : (
          <p className="mt-3 text-slate-700">{t('noBusiness')}</p>
        )}
      </section>
    </div>
  );
}

