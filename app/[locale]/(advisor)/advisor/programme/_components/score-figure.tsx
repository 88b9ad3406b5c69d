import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { ColumnChart } from '@/components/charts/column-chart';
import { ShareBarChart } from '@/components/charts/share-bar-chart';
import { historyCsvHref, type ProgrammeFilter } from '@/lib/programme/filter';
import { CHANGE_BANDS, signedPoints, type ChangeBand } from '@/lib/programme/history-series';
import type { scoreFigures } from '@/lib/programme/history-figures';
import { FigureCard } from './figure-card';
import { TableView } from './table-view';

/** Down in red, unchanged in grey, up in the brand colour, darker the further. */
const CHANGE_FILL: Record<`${ChangeBand}`, string> = {
  '-1': 'fill-class-hit-chart',
  '0': 'fill-slate-300',
  '1': 'fill-brand-200',
  '2': 'fill-brand-500',
  '3': 'fill-brand-700',
};
const CHANGE_ORDER = CHANGE_BANDS.map((band) => `${band}` as const);

/** The digital score: members per score band, and how scores moved since the first assessment, coached or not yet. */
export async function ScoreFigure({
  figures,
  filter,
  locale,
}: {
  figures: Awaited<ReturnType<typeof scoreFigures>>;
  filter: ProgrammeFilter;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: 'programme' });
  const scored = figures.distribution.reduce((sum, band) => sum + band.businesses, 0);
  // Members without a score yet are in the table view, not among the bands of the chart.
  const columns = figures.distribution
    .filter((band) => band.band >= 0)
    .map((band) => ({
      key: String(band.band),
      label: band.label,
      parts: { members: { value: band.businesses, label: t('bandSegment', { band: band.label, count: band.businesses }) } },
    }));
  const compared = figures.progress.filter((group) => group.members > 0);
  const rows = compared.map((group) => ({
    key: String(group.coached),
    label: group.label,
    note: t('meanChange', { mean: signedPoints(group.meanChange ?? 0, locale), count: group.members }),
    parts: Object.fromEntries(
      CHANGE_BANDS.map((band) => [
        `${band}`,
        { percent: (group.byBand[band] / group.members) * 100, label: `${t(`changeBand.${band}`)}: ${group.byBand[band]}` },
      ]),
    ) as Record<`${ChangeBand}`, { percent: number; label: string }>,
  }));
  return (
    <section aria-labelledby="score-title" className="flex flex-col gap-3">
      <h2 id="score-title" className="text-lg font-semibold">
        {t('scoreTitle')}
      </h2>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2 print:grid-cols-2">
        <FigureCard
          id="score-bands"
          title={t('scoreBandsTitle')}
          download={scored ? { href: historyCsvHref('score-bands', filter, locale), label: t('download') } : null}
        >
          {scored === 0 ? (
            <p className="text-sm text-slate-700">{t('empty')}</p>
          ) : (
            <>
              <ColumnChart
                columns={columns}
                order={['members'] as const}
                fills={{ members: 'fill-brand-500' }}
                label={t('scoreBandsSummary', { count: scored })}
              />
              <TableView summary={t('tableView')} caption={t('tableCaption', { title: t('scoreBandsTitle') })} table={figures.tables.bands} />
            </>
          )}
        </FigureCard>
        <FigureCard
          id="score-change"
          title={t('scoreChangeTitle')}
          intro={t('scoreChangeIntro')}
          download={compared.length ? { href: historyCsvHref('score-change', filter, locale), label: t('download') } : null}
        >
          {compared.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noScoreChange')}</p>
          ) : (
            <>
              <ShareBarChart rows={rows} order={CHANGE_ORDER} fills={CHANGE_FILL} compact />
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {CHANGE_BANDS.map((band) => (
                  <li key={band} className="inline-flex items-center gap-1.5">
                    <svg aria-hidden="true" viewBox="0 0 10 10" className="size-3 rounded-sm">
                      <rect width={10} height={10} className={CHANGE_FILL[`${band}`]} />
                    </svg>
                    {t(`changeBand.${band}`)}
                  </li>
                ))}
              </ul>
              <TableView summary={t('tableView')} caption={t('tableCaption', { title: t('scoreChangeTitle') })} table={figures.tables.change} />
            </>
          )}
        </FigureCard>
      </div>
    </section>
  );
}
