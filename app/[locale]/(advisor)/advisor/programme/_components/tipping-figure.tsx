import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { CLASS_FILL } from '@/components/charts/class-bar-chart';
import { ColumnChart } from '@/components/charts/column-chart';
import { ShareBarChart } from '@/components/charts/share-bar-chart';
import { CRISIS_CLASSES, type CrisisClass } from '@/lib/domain/classification';
import { historyCsvHref, type ProgrammeFilter } from '@/lib/programme/filter';
import { CONTACT_BANDS, type ContactBand } from '@/lib/programme/history-series';
import type { tippedFigure, tippingFigures } from '@/lib/programme/history-figures';
import { FigureCard } from './figure-card';
import { TableView } from './table-view';
import { ClassLegend } from './class-figure';

/** How long after the first contact: no contact first in grey, then the brand colour, darker the sooner. */
const CONTACT_FILL: Record<`${ContactBand}`, string> = {
  '-1': 'fill-slate-300',
  '0': 'fill-brand-700',
  '1': 'fill-brand-500',
  '2': 'fill-brand-200',
  '3': 'fill-brand-100',
};

/**
 * Tipping over time: the class changes per month by the class joined, how long after the first
 * contact they came, and the members who tipped from a losing class to winner in the period.
 */
export async function TippingFigure({
  figures,
  tipped,
  filter,
  locale,
}: {
  figures: Awaited<ReturnType<typeof tippingFigures>>;
  tipped: Awaited<ReturnType<typeof tippedFigure>>;
  filter: ProgrammeFilter;
  locale: AppLocale;
}) {
  const [t, tClasses] = await Promise.all([getTranslations({ locale, namespace: 'programme' }), getTranslations({ locale, namespace: 'classes' })]);
  const columns = figures.months.map((month) => ({
    key: month.month,
    label: figures.monthLabel(month.month),
    parts: Object.fromEntries(
      CRISIS_CLASSES.map((c) => [
        c,
        { value: month.byClass[c], label: t('monthSegment', { month: figures.monthLabel(month.month), class: tClasses(c), count: month.byClass[c] }) },
      ]),
    ) as Record<CrisisClass, { value: number; label: string }>,
  }));
  const bandsTotal = CONTACT_BANDS.reduce<number>((sum, band) => sum + figures.bands[band], 0);
  const contactRow = {
    key: 'contact',
    label: t('changesColumn'),
    parts: Object.fromEntries(
      CONTACT_BANDS.map((band) => [
        `${band}`,
        { percent: bandsTotal ? (figures.bands[band] / bandsTotal) * 100 : 0, label: `${t(`contactBand.${band}`)}: ${figures.bands[band]}` },
      ]),
    ) as Record<`${ContactBand}`, { percent: number; label: string }>,
  };
  const order = CONTACT_BANDS.map((band) => `${band}` as const);
  return (
    <section aria-labelledby="tipping-title" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id="tipping-title" className="text-lg font-semibold">
          {t('tippingTitle')}
        </h2>
        <p className="text-sm text-slate-700">{t('tippingIntro', { changes: figures.changes, tipped: figures.tipped })}</p>
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2 print:grid-cols-2">
        <FigureCard
          id="changes-by-month"
          title={t('changesByMonth')}
          download={figures.changes ? { href: historyCsvHref('months', filter, locale), label: t('download') } : null}
        >
          {figures.changes === 0 ? (
            <p className="text-sm text-slate-700">{t('noChanges')}</p>
          ) : (
            <>
              <ColumnChart
                columns={columns}
                order={CRISIS_CLASSES}
                fills={CLASS_FILL}
                label={t('changesSummary', { changes: figures.changes, tipped: figures.tipped })}
              />
              <ClassLegend locale={locale} />
              <TableView summary={t('tableView')} caption={t('tableCaption', { title: t('changesByMonth') })} table={figures.tables.months} />
            </>
          )}
        </FigureCard>
        <FigureCard
          id="changes-after-contact"
          title={t('contactTitle')}
          intro={t('contactIntro')}
          download={bandsTotal ? { href: historyCsvHref('contact', filter, locale), label: t('download') } : null}
        >
          {bandsTotal === 0 ? (
            <p className="text-sm text-slate-700">{t('noChanges')}</p>
          ) : (
            <>
              <ShareBarChart rows={[contactRow]} order={order} fills={CONTACT_FILL} compact />
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {CONTACT_BANDS.map((band) => (
                  <li key={band} className="inline-flex items-center gap-1.5">
                    <svg aria-hidden="true" viewBox="0 0 10 10" className="size-3 rounded-sm">
                      <rect width={10} height={10} className={CONTACT_FILL[`${band}`]} />
                    </svg>
                    {t(`contactBand.${band}`)}: <span className="tabular-nums">{figures.bands[band]}</span>
                  </li>
                ))}
              </ul>
              <TableView summary={t('tableView')} caption={t('tableCaption', { title: t('contactTitle') })} table={figures.tables.contact} />
            </>
          )}
        </FigureCard>
      </div>
      <FigureCard
        id="tipped-members"
        printed={false}
        title={t('tippedTitle')}
        intro={t('tippedIntro', { count: figures.tipped })}
        download={figures.tipped ? { href: historyCsvHref('tipped', filter, locale), label: t('download') } : null}
      >
        {figures.tipped === 0 ? (
          <p className="text-sm text-slate-700">{t('noTipped')}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-200 text-sm">
              {tipped.members.map((member, index) => (
                <li key={`${member.businessId}-${index}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-2">
                  <span>
                    <Link href={`/advisor/businesses/${member.businessId}`} className="font-medium text-brand-800 underline">
                      {member.name}
                    </Link>
                    {member.locality ? <span className="text-slate-600"> · {member.locality}</span> : null}
                  </span>
                  <span className="text-slate-700">
                    {t('tippedLine', {
                      from: tClasses(member.fromClass),
                      date: String(tipped.table.rows[index]![3]),
                      advisor: member.advisorName ?? t('noAdvisor'),
                      contacts: member.contacts,
                    })}
                  </span>
                </li>
              ))}
            </ul>
            {figures.tipped > tipped.members.length ? (
              <p className="text-xs text-slate-600">{t('tippedMore', { shown: tipped.members.length, count: figures.tipped })}</p>
            ) : null}
          </>
        )}
      </FigureCard>
    </section>
  );
}
