import { getTranslations } from '@/lib/i18n/server';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import type { AppLocale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { ClassBarChart, CLASS_SWATCH, type ClassBarRow } from '@/components/charts/class-bar-chart';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { buttonClasses } from '@/components/ui/button';
import type { ClassGrouping, LabelledClassBar } from '@/lib/programme/class-figures';
import { programmeSearch, triageHrefFor, type ProgrammeFilter } from '@/lib/programme/filter';

/** How many bars the chart by sector draws; its table view and CSV hold every sector. */
const CHART_SECTORS = 12;

/**
 * One "classes at a glance" figure: the stacked bars (each segment a link to exactly those members
 * in the triage table), the legend, the same figures as a table, and their CSV download.
 */
export async function ClassFigure({
  id,
  title,
  by,
  bars,
  filter,
  locale,
}: {
  id: string;
  title: string;
  by: ClassGrouping;
  bars: LabelledClassBar[];
  filter: ProgrammeFilter;
  locale: AppLocale;
}) {
  const [t, tClasses] = await Promise.all([getTranslations({ locale, namespace: 'programme' }), getTranslations({ locale, namespace: 'classes' })]);
  const hrefOf = (bar: LabelledClassBar, effectiveClass: string) =>
    bar.key === '' ? null : triageHrefFor(filter, by === 'province' ? { province: bar.key, effectiveClass } : { sector: bar.key, effectiveClass });
  const rows: ClassBarRow[] = bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    total: bar.total,
    segments: Object.fromEntries(
      bar.segments.map((segment) => [
        segment.effectiveClass,
        {
          businesses: segment.businesses,
          href: hrefOf(bar, segment.effectiveClass),
          label: t('segment', { group: bar.label, class: tClasses(segment.effectiveClass), count: segment.businesses }),
        },
      ]),
    ) as ClassBarRow['segments'],
  }));
  const charted = by === 'division' ? rows.slice(0, CHART_SECTORS) : rows;
  const csv = `/api/programme/classes?${new URLSearchParams({ by, locale, ...Object.fromEntries(new URLSearchParams(programmeSearch(filter))) })}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="text-base font-semibold">
          {title}
        </h3>
        {rows.length ? (
          // A file download, not a page: a plain link (the client router would fetch it as a page).
          <a href={csv} className={buttonClasses('secondary', 'sm', 'print:hidden')} download>
            {t('download')}
            <span className="sr-only">: {title}</span>
          </a>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t('empty')}</p>
      ) : (
        <>
          <ClassBarChart rows={charted} totalLabel={(total) => t('members', { count: total })} />
          {charted.length < rows.length ? <p className="text-xs text-slate-600">{t('largestSectors', { count: CHART_SECTORS })}</p> : null}
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-800">{t('tableView')}</summary>
            <Table caption={t('tableCaption', { title })} captionHidden className="mt-2">
              <THead>
                <Tr>
                  <Th>{t(`group.${by}`)}</Th>
                  {CRISIS_CLASSES.map((c) => (
                    <Th key={c} className="text-right">
                      {tClasses(c)}
                    </Th>
                  ))}
                  <Th className="text-right">{t('total')}</Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map((row) => (
                  <Tr key={row.key}>
                    <Th scope="row" className="font-normal">
                      {row.label}
                    </Th>
                    {CRISIS_CLASSES.map((c) => {
                      const segment = row.segments[c];
                      return (
                        <Td key={c} className="text-right tabular-nums">
                          {segment.href && segment.businesses > 0 ? (
                            <Link href={segment.href} aria-label={segment.label} className="text-brand-800 underline">
                              {segment.businesses}
                            </Link>
                          ) : (
                            segment.businesses
                          )}
                        </Td>
                      );
                    })}
                    <Td className="text-right font-semibold tabular-nums">{row.total}</Td>
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

/** The classes' colours, once per page. */
export async function ClassLegend({ locale }: { locale: AppLocale }) {
  const [t, tClasses] = await Promise.all([getTranslations({ locale, namespace: 'programme' }), getTranslations({ locale, namespace: 'classes' })]);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="sr-only">{t('legend')}</span>
      {CRISIS_CLASSES.map((c) => (
        <span key={c} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`size-3 rounded-sm ${CLASS_SWATCH[c]}`} />
          {tClasses(c)}
        </span>
      ))}
    </div>
  );
}
