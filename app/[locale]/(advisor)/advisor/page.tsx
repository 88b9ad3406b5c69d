import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { BUSINESSES_PAGE_SIZE, listBusinesses } from '@/lib/dal/businesses';
import { getDb } from '@/lib/server/database';
import { pageParam, textParam } from '@/lib/navigation/search-params';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchInput } from '@/components/ui/search-input';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Pagination } from '@/components/ui/pagination';
import { Button } from '@/components/ui/button';
import { formatPercent, sectorLabel } from '@/components/format';

type Search = { q?: string; page?: string };

export default async function AdvisorHomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const locale = await pageLocale(params);
  const viewer = await requirePageViewer(locale, '/advisor', ['advisor', 'staff']);
  const search = await searchParams;
  const q = textParam(search.q);
  const page = pageParam(search.page);
  const { rows, total } = await listBusinesses(await getDb(), viewer, { q, page });
  const t = await getTranslations('advisor');
  const tProvinces = await getTranslations('provinces');
  const pages = Math.max(1, Math.ceil(total / BUSINESSES_PAGE_SIZE));

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{viewer.role === 'staff' ? t('titleStaff') : t('title')}</h1>
        {viewer.role === 'advisor' ? (
          <p className="mt-2 text-slate-700">
            {viewer.regions.length ? t('regions', { regions: viewer.regions.map((p) => tProvinces(p)).join(', ') }) : t('noRegions')}
          </p>
        ) : null}
      </div>
      <form role="search" className="flex flex-wrap items-end gap-3">
        <SearchInput label={t('search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('searchSubmit')}
        </Button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t('count', { total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <THead>
            <tr>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.locality')}</Th>
              <Th>{t('columns.province')}</Th>
              <Th>{t('columns.sector')}</Th>
              <Th className="text-right">{t('columns.revenue')}</Th>
              <Th className="text-right">{t('columns.channels')}</Th>
              <Th>{t('columns.advisor')}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Td>
                  <Link href={`/advisor/businesses/${row.id}`} className="font-medium text-brand-800 underline underline-offset-2">
                    {row.name}
                  </Link>
                </Td>
                <Td>{row.locality}</Td>
                <Td>{row.province ? tProvinces(row.province) : '—'}</Td>
                <Td>{sectorLabel(row, locale)}</Td>
                <Td className="text-right tabular-nums">{formatPercent(row.revenueChangePct, locale)}</Td>
                <Td className="text-right tabular-nums">{row.channelsInUseCount}</Td>
                <Td>{row.advisorName ?? t('unassigned')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination
        pathname="/advisor"
        query={{ q }}
        page={page}
        pages={pages}
        labels={{ previous: t('previous'), next: t('next'), page: t('page', { page, pages }), nav: t('pagination') }}
      />
    </div>
  );
}
