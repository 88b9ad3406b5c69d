import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { DescriptionItem } from '@/components/ui/description-item';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getBusiness } from '@/lib/dal/businesses';
import { getDb } from '@/lib/server/database';
import { CHANNELS } from '@/lib/domain/channels';
import { Badge } from '@/components/ui/badge';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';

export default async function BusinessPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const viewer = await requirePageViewer(locale, `/advisor/businesses/${id}`, ['advisor', 'staff']);
  const business = await getBusiness(await getDb(), viewer, id);
  if (!business) notFound();
  const t = await getTranslations('advisor');
  const tMember = await getTranslations('member');
  const tChannels = await getTranslations('channels');
  const tStatus = await getTranslations('channelStatus');
  const tProvinces = await getTranslations('provinces');
  const statuses = new Map(business.channels.map((c) => [c.channel, c.status]));

  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/advisor">{t('detailBack')}</BackLink>
      <h1 className="text-3xl font-bold">{business.name}</h1>
      <dl className="grid gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2 lg:grid-cols-3">
        <DescriptionItem label={tMember('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
        <DescriptionItem label={tMember('locality')} value={`${business.postcode ?? ''} ${business.locality ?? ''}${business.province ? ` (${tProvinces(business.province)})` : ''}`.trim()} />
        <DescriptionItem label={tMember('sector')} value={sectorLabel(business, locale)} />
        <DescriptionItem label={tMember('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
        <DescriptionItem label={t('employees')} value={business.employeesBand ?? '—'} />
        <DescriptionItem label={tMember('advisor')} value={business.advisorName ?? t('unassigned')} />
      </dl>
      <section aria-labelledby="channels-title">
        <h2 id="channels-title" className="text-xl font-semibold">
          {t('channelsTitle')}
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {CHANNELS.map((channel) => {
            const status = statuses.get(channel) ?? 'unaware';
            return (
              <li key={channel} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
                <span>{tChannels(channel)}</span>
                <Badge tone={status === 'in_use' ? 'success' : status === 'planned' ? 'info' : 'neutral'}>{tStatus(status)}</Badge>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

