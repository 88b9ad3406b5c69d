import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import type { ChannelStatus } from '@/lib/domain/channels';
import { Link } from '@/i18n/navigation';
import { ShareBarChart } from '@/components/charts/share-bar-chart';
import { STATUS_FILL, STATUS_SWATCH } from '@/components/charts/adoption-colours';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { buttonClasses } from '@/components/ui/button';
import { ADOPTION_ORDER, percentOf, RETAIL_MONITOR, type ChannelAdoption } from '@/lib/programme/channel-adoption';
import { programmeSearch, type ProgrammeFilter } from '@/lib/programme/filter';

/**
 * Channel adoption beside the retail ICT monitor: per channel, the share of members unaware,
 * aware, planning and using it, with the monitor's figure for that channel where it has one.
 */
export async function ChannelFigure({
  channels,
  members,
  filter,
  locale,
}: {
  channels: ChannelAdoption[];
  members: number;
  filter: ProgrammeFilter;
  locale: AppLocale;
}) {
  const [t, tChannels, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'programme' }),
    getTranslations({ locale, namespace: 'channels' }),
    getTranslations({ locale, namespace: 'channelStatus' }),
  ]);
  const monitorNote = (channel: ChannelAdoption['channel']) => {
    const figure = RETAIL_MONITOR[channel];
    return figure ? t(`monitor.${figure.key}`, { percent: figure.percent }) : undefined;
  };
  const rows = channels.map((row) => ({
    key: row.channel,
    label: tChannels(row.channel),
    note: monitorNote(row.channel),
    parts: Object.fromEntries(
      ADOPTION_ORDER.map((status) => [
        status,
        // The bar's widths unrounded (so the parts fill it), the words rounded.
        { percent: members > 0 ? (row.businesses[status] / members) * 100 : 0, label: `${tStatus(status)}: ${percentOf(row.businesses[status], members)} %` },
      ]),
    ) as Record<ChannelStatus, { percent: number; label: string }>,
  }));
  const csv = `/api/programme/channels?${new URLSearchParams({ locale, ...Object.fromEntries(new URLSearchParams(programmeSearch(filter))) })}`;
  return (
    <section aria-labelledby="channels-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="channels-title" className="text-lg font-semibold">
          {t('channelsTitle')}
        </h2>
        {members > 0 ? (
          <a href={csv} className={buttonClasses('secondary', 'sm', 'print:hidden')} download>
            {t('download')}
            <span className="sr-only">: {t('channelsTitle')}</span>
          </a>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">
        {t('channelsIntro', { count: members })}{' '}
        {filter.sector !== '47' ? (
          <Link href={`/advisor/programme?${programmeSearch({ ...filter, sector: '47' })}`} className="text-brand-800 underline">
            {t('compareRetail')}
          </Link>
        ) : null}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {ADOPTION_ORDER.map((status) => (
          <span key={status} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-3 rounded-sm ring-1 ring-slate-300 ${STATUS_SWATCH[status]}`} />
            {tStatus(status)}
          </span>
        ))}
      </div>
      {members === 0 ? (
        <p className="text-sm text-slate-700">{t('empty')}</p>
      ) : (
        <>
          <ShareBarChart rows={rows} order={ADOPTION_ORDER} fills={STATUS_FILL} />
          <p className="text-xs text-slate-600">{t('monitorSource')}</p>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-800">{t('tableView')}</summary>
            <Table caption={t('tableCaption', { title: t('channelsTitle') })} captionHidden className="mt-2">
              <THead>
                <Tr>
                  <Th>{t('channel')}</Th>
                  {ADOPTION_ORDER.map((status) => (
                    <Th key={status} className="text-right">
                      {tStatus(status)}
                    </Th>
                  ))}
                  <Th>{t('monitorColumn')}</Th>
                </Tr>
              </THead>
              <TBody>
                {channels.map((row, index) => (
                  <Tr key={row.channel}>
                    <Th scope="row" className="font-normal">
                      {rows[index]!.label}
                    </Th>
                    {ADOPTION_ORDER.map((status) => (
                      <Td key={status} className="text-right tabular-nums">
                        {row.businesses[status]} ({percentOf(row.businesses[status], members)} %)
                      </Td>
                    ))}
                    <Td>{rows[index]!.note ?? '—'}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </details>
        </>
      )}
    </section>
  );
}
