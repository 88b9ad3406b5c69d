import { Suspense } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import type { Viewer } from '@/lib/dal/viewer';
import { TriageSkeleton } from './_components/triage-skeleton';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { listTriage } from '@/lib/dal/triage';
import { assignableAdvisors } from '@/lib/dal/assignments';
import { listSavedViews } from '@/lib/dal/saved-views';
import { naceDivisions } from '@/lib/dal/nace';
import { requestContext } from '@/lib/dal/request';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { PROVINCES } from '@/lib/domain/provinces';
import { parseTriageQuery, triageSearchParams, type TriageQuery } from '@/lib/triage/query';
import { Pagination } from '@/components/ui/pagination';
import { Notice } from '@/components/forms/notice';
import { TriageFilters } from './_components/triage-filters';
import { TriageTable } from './_components/triage-table';
import { SavedViews } from './_components/saved-views';

/** The advisor's triage table: the members of their regions, classified, most promising first. */
export default async function TriagePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/advisor', ['advisor', 'staff']);
  const { query, notices } = parseTriageQuery(await searchParams);
  const [t, tProvinces] = await Promise.all([getTranslations('triage'), getTranslations('provinces')]);

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-3xl font-bold">{viewer.role === 'staff' ? t('titleStaff') : t('title')}</h1>
        {viewer.role === 'advisor' ? (
          <p className="mt-2 text-slate-700">{viewer.regions.length ? t('regions', { regions: viewer.regions.map((p) => tProvinces(p)).join(', ') }) : t('noRegions')}</p>
        ) : null}
      </div>
      {notices.length ? <Notice>{t('notice', { params: notices.join(', ') })}</Notice> : null}
      <Suspense key={triageSearchParams(query).toString()} fallback={<TriageSkeleton />}>
        <TriageResults viewer={viewer} query={query} locale={locale} />
      </Suspense>
    </div>
  );
}

async function TriageResults({ viewer, query, locale }: { viewer: Viewer; query: TriageQuery; locale: AppLocale }) {
  const { db } = await requestContext();
  const [{ rows, total, estimated }, advisors, sectors, views] = await Promise.all([
    listTriage(db, viewer, query),
    assignableAdvisors(db, viewer),
    naceDivisions(db, '2008', locale),
    listSavedViews(db, viewer),
  ]);
  const [t, tProvinces, tClasses, tExports, messages] = await Promise.all([getTranslations('triage'), getTranslations('provinces'), getTranslations('classes'), getTranslations('exports'), getMessages()]);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const provinces = viewer.role === 'staff' ? [...PROVINCES] : viewer.regions;
  return (
    <>
      <SavedViews
        views={views}
        currentQuery={triageSearchParams(query, { page: 1 }).toString()}
        labels={{ title: t('savedViews'), none: t('noSavedViews'), name: t('saveViewName'), save: t('saveView'), remove: t('deleteView', { name: '{name}' }) }}
      />
      <TriageFilters query={query} provinces={provinces} advisors={advisors} sectors={sectors} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {estimated ? t('countAbout', { total }) : t('count', { total })}
      </p>
      <NextIntlClientProvider messages={{ shell: messages.shell, ui: messages.ui, exports: messages.exports }}>
      <TriageTable
        estimated={estimated}
        canExport={viewer.canExport}
        rows={rows.map(({ sectorNl, sectorFr, sectorEn, ...row }) => ({ ...row, sector: locale === 'fr' ? sectorFr : locale === 'en' ? sectorEn : sectorNl }))}
        total={total}
        query={query}
        locale={locale}
        renderedAt={Date.now()}
        advisors={advisors}
        labels={{
          caption: t('caption'),
          columns: {
            select: t('columns.select'), name: t('columns.name'), locality: t('columns.locality'), province: t('columns.province'), sector: t('columns.sector'),
            class: t('columns.class'), priority: t('columns.priority'), score: t('columns.score'), revenue: t('columns.revenue'), channels: t('columns.channels'),
            advisor: t('columns.advisor'), lastContact: t('columns.lastContact'), nextFollowUp: t('columns.nextFollowUp'), updated: t('columns.updated'),
          },
          classes: Object.fromEntries(CRISIS_CLASSES.map((c) => [c, tClasses(c)])) as Record<(typeof CRISIS_CLASSES)[number], string>,
          provinces: Object.fromEntries(PROVINCES.map((p) => [p, tProvinces(p)])),
          overridden: t('overridden'),
          priorityManual: t('priorityManual'),
          overdue: t('overdue'),
          computed: t('computed'),
          unassigned: t('unassigned'),
          selectAll: t('selectAll'),
          selectRow: t('selectRow', { name: '{name}' }),
          columnsMenu: t('columnsMenu'),
          exportMenu: tExports('panelTitle'),
          sortAscending: t('sortAscending'),
          sortDescending: t('sortDescending'),
          empty: t('empty'),
        }}
        bulkLabels={{
          selected: t('selected', { count: '{count}' }),
          pending: t('bulkPending'),
          assign: { legend: t('bulkLegend'), advisor: t('bulkAdvisor'), none: t('bulkNone'), submit: t('bulkSubmit') },
          priority: { legend: t('priorityLegend'), field: t('priorityField'), hint: t('priorityHint'), submit: t('prioritySubmit') },
        }}
      />
      </NextIntlClientProvider>
      <Pagination
        pathname="/advisor"
        query={Object.fromEntries(triageSearchParams(query, { page: 1 }))}
        page={query.page}
        pages={pages}
        labels={{ previous: t('previous'), next: t('next'), page: t('page', { page: query.page, pages }), nav: t('pagination') }}
      />
    </>
  );
}
