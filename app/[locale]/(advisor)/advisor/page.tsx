import { Suspense } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
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
import { PROVINCES } from '@/lib/domain/provinces';
import { parseTriageQuery, triageSearchParams, type TriageQuery } from '@/lib/triage/query';
import { Pagination } from '@/components/ui/pagination';
import { Notice } from '@/components/forms/notice';
import { TriageFilters } from './_components/triage-filters';
import { TriageTable } from './_components/triage-table';
import { SavedViews } from './_components/saved-views';
import { SAVED_VIEWS_MESSAGES, TRIAGE_TABLE_MESSAGES } from './_components/client-messages';
import { sectorName } from '@/components/format';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('triage');

/** The advisor's triage table: the members of their regions, classified, most promising first. */
export default async function TriagePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const { viewer } = await requirePageViewer(locale, '/advisor', ['advisor', 'staff']);
  const { query, notices } = parseTriageQuery(await searchParams);
  const [t, tProvinces] = await Promise.all([getTranslations('triage'), getTranslations('provinces')]);

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-3xl font-bold">{viewer.role === 'staff' ? t('titleStaff') : t('title')}</h1>
        {viewer.role === 'advisor' ? (
          <p className="mt-2 text-slate-700">
            {viewer.regions.length ? t('regions', { regions: viewer.regions.map((p) => tProvinces(p)).join(', ') }) : t('noRegions')}
          </p>
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
  const [t, savedViewsMessages, tableMessages] = await Promise.all([
    getTranslations('triage'),
    clientMessages(SAVED_VIEWS_MESSAGES),
    clientMessages(TRIAGE_TABLE_MESSAGES),
  ]);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const provinces = viewer.role === 'staff' ? [...PROVINCES] : viewer.regions;
  return (
    <>
      <NextIntlClientProvider messages={savedViewsMessages}>
        <SavedViews views={views} currentQuery={triageSearchParams(query, { page: 1 }).toString()} />
      </NextIntlClientProvider>
      <TriageFilters query={query} provinces={provinces} advisors={advisors} sectors={sectors} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {estimated ? t('countAbout', { total }) : t('count', { total })}
      </p>
      <NextIntlClientProvider messages={tableMessages}>
        <TriageTable
          estimated={estimated}
          canExport={viewer.canExport}
          rows={rows.map(({ sectorNl, sectorFr, sectorEn, ...row }) => ({ ...row, sector: sectorName({ sectorNl, sectorFr, sectorEn }, locale) }))}
          total={total}
          query={query}
          locale={locale}
          // eslint-disable-next-line react-hooks/purity -- a server component renders once per request: this is the request's time
          renderedAt={Date.now()}
          advisors={advisors}
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
