import { getTranslations } from '@/lib/i18n/server';
import { ShareBarChart } from '@/components/charts/share-bar-chart';
import { STATUS_FILL, STATUS_SWATCH } from '@/components/charts/adoption-colours';
import type { Channel, ChannelStatus } from '@/lib/domain/channels';
import { ADOPTION_ORDER, percentOf, type ChannelAdoption } from '@/lib/programme/channel-adoption';

/**
 * How the businesses of the member's sector use each channel (shares only, from at least five
 * businesses), with the member's own status beside each channel.
 */
export async function SectorAdoption({
  channels,
  members,
  sector,
  own,
}: {
  channels: ChannelAdoption[];
  members: number;
  sector: string;
  own: Partial<Record<Channel, ChannelStatus>>;
}) {
  const [t, tChannels, tStatus] = await Promise.all([getTranslations('member'), getTranslations('channels'), getTranslations('channelStatus')]);
  const rows = channels.map((row) => ({
    key: row.channel,
    label: tChannels(row.channel),
    note: t('sectorAdoption.you', { status: tStatus(own[row.channel] ?? 'unaware') }),
    parts: Object.fromEntries(
      ADOPTION_ORDER.map((status) => [
        status,
        { percent: (row.businesses[status] / members) * 100, label: `${tStatus(status)}: ${percentOf(row.businesses[status], members)} %` },
      ]),
    ) as Record<ChannelStatus, { percent: number; label: string }>,
  }));
  return (
    <section aria-labelledby="sector-adoption-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="sector-adoption-title" className="text-xl font-semibold">
        {t('sectorAdoption.title')}
      </h2>
      <p className="text-sm text-slate-700">{t('sectorAdoption.intro', { sector, count: members })}</p>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {ADOPTION_ORDER.map((status) => (
          <li key={status} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-3 rounded-sm ring-1 ring-slate-300 ${STATUS_SWATCH[status]}`} />
            {tStatus(status)}
          </li>
        ))}
      </ul>
      <ShareBarChart rows={rows} order={ADOPTION_ORDER} fills={STATUS_FILL} />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">{t('sectorAdoption.asTable')}</summary>
        <table className="mt-2 w-full text-left text-sm" data-testid="sector-adoption-table">
          <caption className="sr-only">{t('sectorAdoption.title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {t('sectorAdoption.channel')}
              </th>
              {ADOPTION_ORDER.map((status) => (
                <th key={status} scope="col" className="py-1 pr-3 text-right">
                  {tStatus(status)}
                </th>
              ))}
              <th scope="col" className="py-1">
                {t('sectorAdoption.yours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {channels.map((row, index) => (
              <tr key={row.channel} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {rows[index]!.label}
                </th>
                {ADOPTION_ORDER.map((status) => (
                  <td key={status} className="py-1 pr-3 text-right tabular-nums">
                    {percentOf(row.businesses[status], members)} %
                  </td>
                ))}
                <td className="py-1">{tStatus(own[row.channel] ?? 'unaware')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
