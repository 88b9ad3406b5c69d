import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageTitle } from '@/lib/i18n/page-title';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { classFigures } from '@/lib/programme/class-figures';
import { channelFigures } from '@/lib/programme/channel-figures';
import { programmeFilterFor } from '@/lib/programme/viewer-filter';
import { Notice } from '@/components/forms/notice';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from '@/components/ui/button';
import { ClassFigure, ClassLegend } from './_components/class-figure';
import { ChannelFigure } from './_components/channel-figure';
import { TippingFigure } from './_components/tipping-figure';
import { ScoreFigure } from './_components/score-figure';
import { CoachingFigure } from './_components/coaching-figure';
import { Headlines } from './_components/headlines';
import { coachingFigures, periodFrom, scoreFigures, tippedFigure, tippingFigures } from '@/lib/programme/history-figures';
import { EARLIEST_FROM, periodStart } from '@/lib/programme/periods';
import { quickScanFunnel } from '@/lib/dal/quick-scan-funnel';
import { ScanFunnelFigure } from './_components/scan-funnel-figure';
import { brusselsDay } from '@/lib/domain/brussels-time';

export const generateMetadata = pageTitle('programme');

/**
 * The programme at a glance for advisors (their regions) and staff (everything): the members by
 * crisis class per province and per sector, from the counts the database keeps (never a scan of
 * the membership per request). Filters live in the address.
 */
export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/advisor/programme', ['advisor', 'staff']);
  const [t, tProvinces, raw] = await Promise.all([getTranslations('programme'), getTranslations('provinces'), searchParams]);
  const { filter, notices, divisions, provinces } = await programmeFilterFor(db, viewer, locale, raw);
  const now = new Date();
  const since = periodStart(periodFrom(filter, now));
  const [figures, adoption, tipping, tipped, scores, coaching, funnel] = await Promise.all([
    classFigures(db, viewer, filter, locale, divisions),
    channelFigures(db, viewer, filter),
    tippingFigures(db, viewer, filter, locale, now),
    tippedFigure(db, viewer, filter, locale, now),
    scoreFigures(db, viewer, filter, locale),
    coachingFigures(db, viewer, filter, locale, now),
    quickScanFunnel(db, viewer, { province: filter.province, division: filter.sector }, since),
  ]);
  const total = figures.byProvince.reduce((sum, bar) => sum + bar.total, 0);
  const winners = figures.byProvince.reduce((sum, bar) => sum + (bar.segments.find((s) => s.effectiveClass === 'winner')?.businesses ?? 0), 0);
  const from = periodFrom(filter, now);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-700">
          {viewer.role === 'staff' ? t('scopeAll') : t('scopeRegions', { regions: viewer.regions.map((p) => tProvinces(p)).join(', ') })}
          {' · '}
          {t('members', { count: total })}
          <span className="print:hidden">
            {' · '}
            {t('freshness')}
          </span>
        </p>
        <p className="hidden text-sm text-slate-700 print:block">
          {t('printedOn', {
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(now),
            from: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`)),
            province: filter.province ? tProvinces(filter.province) : t('provinceAll'),
            sector: filter.sector ? `${filter.sector} ${divisions.find((d) => d.code === filter.sector)?.label ?? ''}`.trim() : t('sectorAll'),
          })}
        </p>
      </div>
      {notices.length ? (
        <Notice>
          {t('notice', { params: notices.map((name) => t(name === 'from' ? 'period' : name === 'province' ? 'province' : 'sector')).join(', ') })}
        </Notice>
      ) : null}
      <form method="get" aria-label={t('filters')} className="flex flex-wrap items-end gap-3 print:hidden">
        {provinces.length > 1 ? (
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t('province')}</span>
            <select name="province" defaultValue={filter.province ?? ''} className="h-9 rounded-md border border-slate-400 bg-white px-2">
              <option value="">{t('provinceAll')}</option>
              {provinces.map((p) => (
                <option key={p} value={p}>
                  {tProvinces(p as never)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('sector')}</span>
          <select name="sector" defaultValue={filter.sector ?? ''} className="h-9 max-w-xs rounded-md border border-slate-400 bg-white px-2">
            <option value="">{t('sectorAll')}</option>
            {divisions.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} {d.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('period')}</span>
          <input
            type="date"
            name="from"
            defaultValue={from}
            min={EARLIEST_FROM}
            max={brusselsDay(now)}
            className="h-9 rounded-md border border-slate-400 bg-white px-2"
          />
        </label>
        <button type="submit" className={buttonClasses('primary', 'sm', 'h-9')}>
          {t('apply')}
        </button>
        {filter.province || filter.sector || filter.from ? (
          <Link href="/advisor/programme" className="h-9 content-center text-sm text-brand-800 underline">
            {t('reset')}
          </Link>
        ) : null}
      </form>
      <Headlines
        locale={locale}
        figures={{
          members: total,
          winners,
          tipped: tipping.tipped,
          from,
          coachedChange: scores.progress.find((group) => group.coached)?.meanChange ?? null,
          notCoachedChange: scores.progress.find((group) => !group.coached)?.meanChange ?? null,
          overdue: coaching.overdue,
        }}
      />
      <section aria-labelledby="classes-title" className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h2 id="classes-title" className="text-lg font-semibold">
            {t('classesTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('classesIntro')}</p>
          <ClassLegend locale={locale} />
        </div>
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2 print:grid-cols-2">
          <ClassFigure id="classes-by-province" title={t('byProvince')} by="province" bars={figures.byProvince} filter={filter} locale={locale} />
          <ClassFigure id="classes-by-sector" title={t('bySector')} by="division" bars={figures.bySector} filter={filter} locale={locale} />
        </div>
      </section>
      <TippingFigure figures={tipping} tipped={tipped} filter={filter} locale={locale} />
      <ScoreFigure figures={scores} filter={filter} locale={locale} />
      <CoachingFigure figures={coaching} filter={filter} locale={locale} />
      <ScanFunnelFigure
        funnel={funnel}
        since={new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`))}
        locale={locale}
      />
      <ChannelFigure channels={adoption.channels} members={adoption.members} filter={filter} locale={locale} />
    </div>
  );
}
