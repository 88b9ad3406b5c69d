import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import { ColumnChart } from '@/components/charts/column-chart';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@/lib/domain/follow-ups';
import { historyCsvHref, type ProgrammeFilter } from '@/lib/programme/filter';
import type { coachingFigures } from '@/lib/programme/history-figures';
import { FigureCard } from './figure-card';
import { TableView } from './table-view';

/** One colour per kind of contact (categorical, distinguishable side by side). */
const KIND_FILL: Record<FollowUpKind, string> = {
  call: 'fill-brand-700',
  visit: 'fill-class-winner-chart',
  video_call: 'fill-sky-600',
  email: 'fill-amber-600',
  workshop: 'fill-violet-600',
};

/** Coaching activity: contacts logged per week by kind, per advisor, and the overdue follow-ups. */
export async function CoachingFigure({
  figures,
  filter,
  locale,
}: {
  figures: Awaited<ReturnType<typeof coachingFigures>>;
  filter: ProgrammeFilter;
  locale: AppLocale;
}) {
  const [t, tKinds] = await Promise.all([getTranslations({ locale, namespace: 'programme' }), getTranslations({ locale, namespace: 'followUpKinds' })]);
  const columns = figures.weeks.map((week) => ({
    key: week.week,
    label: figures.weekLabel(week.week),
    parts: Object.fromEntries(
      FOLLOW_UP_KINDS.map((kind) => [
        kind,
        { value: week.done[kind], label: t('weekSegment', { week: figures.weekLabel(week.week), kind: tKinds(kind), count: week.done[kind] }) },
      ]),
    ) as Record<FollowUpKind, { value: number; label: string }>,
  }));
  return (
    <section aria-labelledby="coaching-title" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id="coaching-title" className="text-lg font-semibold">
          {t('coachingTitle')}
        </h2>
        <p className="text-sm text-slate-700">{t('coachingIntro', { contacts: figures.contacts, overdue: figures.overdue })}</p>
      </div>
      <div className="flex flex-col gap-4">
        <FigureCard
          id="contacts-by-week"
          title={t('weeksTitle')}
          download={figures.contacts ? { href: historyCsvHref('weeks', filter, locale), label: t('download') } : null}
        >
          {figures.contacts === 0 ? (
            <p className="text-sm text-slate-700">{t('noContacts')}</p>
          ) : (
            <>
              <ColumnChart columns={columns} order={FOLLOW_UP_KINDS} fills={KIND_FILL} label={t('weeksSummary', { count: figures.contacts })} />
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {FOLLOW_UP_KINDS.map((kind) => (
                  <li key={kind} className="inline-flex items-center gap-1.5">
                    <svg aria-hidden="true" viewBox="0 0 10 10" className="size-3 rounded-sm">
                      <rect width={10} height={10} className={KIND_FILL[kind]} />
                    </svg>
                    {tKinds(kind)}
                  </li>
                ))}
              </ul>
              <TableView summary={t('tableView')} caption={t('tableCaption', { title: t('weeksTitle') })} table={figures.tables.weeks} />
            </>
          )}
        </FigureCard>
        <FigureCard
          id="advisors-activity"
          printed={false}
          title={t('advisorsTitle')}
          intro={t('advisorsIntro', { overdue: figures.overdue })}
          download={figures.advisors.length ? { href: historyCsvHref('advisors', filter, locale), label: t('download') } : null}
        >
          {figures.advisors.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noContacts')}</p>
          ) : (
            <TableView summary={t('advisorsTable')} caption={t('tableCaption', { title: t('advisorsTitle') })} table={figures.tables.advisors} open />
          )}
        </FigureCard>
      </div>
    </section>
  );
}
