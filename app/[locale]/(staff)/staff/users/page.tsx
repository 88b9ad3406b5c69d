import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { listUsers, USERS_PAGE_SIZE } from '@/lib/dal/users';
import { enumParam, pageParam, SEARCH_MAX, searchTextParam } from '@/lib/navigation/search-params';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchInput } from '@/components/ui/search-input';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Badge } from '@/components/ui/badge';
import { Pagination } from '@/components/ui/pagination';
import { Button, buttonClasses } from '@/components/ui/button';
import { Notice } from '@/components/forms/notice';
import { Select } from '@/components/ui/select';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('users');

const ROLES = ['member', 'advisor', 'staff'] as const;
const STATUSES = ['pending', 'active', 'deactivated'] as const;

type Search = { q?: string; role?: string; status?: string; page?: string; saved?: string };

export default async function UsersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/users', ['staff']);
  const search = await searchParams;
  const q = searchTextParam(search.q);
  const filters = { q: q.text, role: enumParam(search.role, ROLES), status: enumParam(search.status, STATUSES), page: pageParam(search.page) };
  const { rows, total } = await listUsers(db, viewer, filters);
  const [t, tRoles, tStatus, tProvinces, tAdvisor, tValidation, format] = await Promise.all([
    getTranslations('staffUsers'),
    getTranslations('roles'),
    getTranslations('userStatus'),
    getTranslations('provinces'),
    getTranslations('advisor'),
    getTranslations('validation'),
    getFormatter(),
  ]);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <Link href="/staff/users/invite" className={buttonClasses('primary', 'md')}>
          {t('invite')}
        </Link>
      </div>
      {search.saved ? <Notice>{tValidation('saved')}</Notice> : null}
      {q.adjusted ? <Notice>{t('searchAdjusted', { max: SEARCH_MAX })}</Notice> : null}
      <form role="search" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <SearchInput label={t('search')} defaultValue={filters.q} />
        <Select
          id="role"
          name="role"
          label={t('role')}
          placeholder={t('any')}
          options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))}
          defaultValue={filters.role ?? ''}
        />
        <Select
          id="status"
          name="status"
          label={t('status')}
          placeholder={t('any')}
          options={STATUSES.map((s) => ({ value: s, label: tStatus(s) }))}
          defaultValue={filters.status ?? ''}
        />
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      <p className="text-sm text-slate-700">{t('count', { total })}</p>
      {rows.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <THead>
            <tr>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.email')}</Th>
              <Th>{t('columns.role')}</Th>
              <Th>{t('columns.status')}</Th>
              <Th>{t('columns.regions')}</Th>
              <Th>{t('columns.lastSignIn')}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((user) => (
              <Tr key={user.id}>
                <Td>
                  <Link href={`/staff/users/${user.id}`} className="font-medium text-brand-800 underline underline-offset-2">
                    {user.name}
                  </Link>
                </Td>
                <Td>{user.email}</Td>
                <Td>{tRoles(user.role)}</Td>
                <Td>
                  <Badge tone={user.status === 'active' ? 'success' : user.status === 'pending' ? 'warning' : 'danger'}>{tStatus(user.status)}</Badge>
                </Td>
                <Td>{user.regions.map((p) => tProvinces(p)).join(', ') || '—'}</Td>
                <Td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('never')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination
        pathname="/staff/users"
        query={{ q: filters.q, role: filters.role, status: filters.status }}
        page={filters.page}
        pages={pages}
        labels={{ previous: tAdvisor('previous'), next: tAdvisor('next'), page: tAdvisor('page', { page: filters.page, pages }), nav: tAdvisor('pagination') }}
      />
    </div>
  );
}
