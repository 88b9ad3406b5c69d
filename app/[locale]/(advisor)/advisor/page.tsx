import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { listTriage } from '@/lib/dal/triage';
import { assignableAdvisors } from '@/lib/dal/assignments';
import { defaultViewQuery, listSavedViews } from '@/lib/dal/saved-views';
import { triageTablePreferences } from '@/lib/dal/preferences';
import { redirect } from '@/i18n/navigation';
import { naceDivisionLabel } from '@/lib/dal/nace';
import { PROVINCES } from '@/lib/domain/provinces';
import { parseTriageQuery, triageSearchParams } from '@/lib/triage/query';
import { Pagination } from '@/components/ui/pagination';
import { Notice } from '@/components/forms/notice';
import { sectorName } from '@/components/format';
import { TriageToolbar } from './_components/triage-toolbar';
import { TriageTable } from './_components/triage-table';
import { TriageNavigationProvider } from './_components/triage-navigation';
import { PageSizeChoice } from './_components/page-size-choice';
import { ViewTabs } from './_components/view-tabs';
import { TRIAGE_MESSAGES } from './_components/client-messages';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('triage');

/**
 * The advisor's triage workspace: the members of their regions, classified, most promising first.
 * The URL holds the view; the toolbar and the table are client components that change it.
 */
export default async function TriagePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/advisor', ['advisor', 'staff']);
  const rawParams = await searchParams;
  // Opened without a view: the user's default view, if they chose one (a redirect, so the address shows it).
  if (Object.keys(rawParams).length === 0) {
    const preferred = await defaultViewQuery(db, viewer);
    if (preferred) redirect({ href: `/advisor?${preferred}`, locale });
  }
  const { query, notices } = parseTriageQuery(rawParams);
  const [t, tProvinces, messages, { rows, total, estimated }, advisors, sectorLabel, views, preferences] = await Promise.all([
    getTranslations('triage'),
    getTranslations('provinces'),
    clientMessages(TRIAGE_MESSAGES),
    listTriage(db, viewer, query),
    assignableAdvisors(db, viewer),
    query.sector ? naceDivisionLabel(db, '2008', query.sector, locale) : null,
    listSavedViews(db, viewer),
    triageTablePreferences(db, viewer),
  ]);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const provinces = viewer.role === 'staff' ? [...PROVINCES] : viewer.regions;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-xl font-semibold">{viewer.role === 'staff' ? t('titleStaff') : t('title')}</h1>
        {viewer.role === 'advisor' ? (
          <p className="text-sm text-slate-600">
            {viewer.regions.length ? t('regions', { regions: viewer.regions.map((p) => tProvinces(p)).join(', ') }) : t('noRegions')}
          </p>
        ) : null}
      </div>
      {notices.length ? <Notice>{t('notice', { params: notices.join(', ') })}</Notice> : null}
      <NextIntlClientProvider messages={messages}>
        <TriageNavigationProvider query={query}>
          <ViewTabs views={views} currentQuery={triageSearchParams(query, { page: 1 }).toString()} />
          <TriageToolbar provinces={provinces} advisors={advisors} sectorLabel={sectorLabel} />
          <TriageTable
            estimated={estimated}
            canExport={viewer.canExport}
            rows={rows.map(({ sectorNl, sectorFr, sectorEn, enterpriseNumber: _number, advisorId: _advisor, ...row }) => ({
              ...row,
              sector: sectorName({ sectorNl, sectorFr, sectorEn }, locale),
            }))}
            total={total}
            locale={locale}
            // eslint-disable-next-line react-hooks/purity -- a server component renders once per request: this is the request's time
            renderedAt={Date.now()}
            advisors={advisors}
            preferences={preferences}
          />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <PageSizeChoice />
            <Pagination
              pathname="/advisor"
              query={Object.fromEntries(triageSearchParams(query, { page: 1 }))}
              page={query.page}
              pages={pages}
              labels={{ previous: t('previous'), next: t('next'), page: t('page', { page: query.page, pages }), nav: t('pagination') }}
            />
          </div>
        </TriageNavigationProvider>
      </NextIntlClientProvider>
    </div>
  );
}
