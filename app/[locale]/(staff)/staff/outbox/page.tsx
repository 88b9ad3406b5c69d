import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/dal/outbox';
import { pageParam } from '@/lib/navigation/search-params';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Badge } from '@/components/ui/badge';
import { Pagination } from '@/components/ui/pagination';
import { pageTitle } from '@/lib/i18n/page-title';
import { LinkedText } from '@/components/ui/linked-text';
import { appUrl } from '@/lib/config/env';

export const generateMetadata = pageTitle('outbox');

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/outbox', ['staff']);
  const page = pageParam((await searchParams).page);
  const { rows, total } = await listOutbox(db, viewer, page);
  const [t, tAdvisor, format] = await Promise.all([getTranslations('outbox'), getTranslations('advisor'), getFormatter()]);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  // The portal's configured address (never the request's): only its own links become clickable.
  const origin = appUrl();

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <THead>
            <tr>
              <Th>{t('columns.to')}</Th>
              <Th>{t('columns.subject')}</Th>
              <Th>{t('columns.status')}</Th>
              <Th>{t('columns.created')}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((mail) => (
              <Tr key={mail.id}>
                <Td>{mail.toAddress}</Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer font-medium">{mail.subject}</summary>
                    <pre data-testid="mail-body" className="mt-2 max-w-xl whitespace-pre-wrap break-words font-sans text-sm text-slate-800">
                      <LinkedText text={mail.bodyText} origin={origin} />
                    </pre>
                  </details>
                </Td>
                <Td>
                  <Badge tone={mail.status === 'sent' ? 'success' : mail.status === 'failed' ? 'danger' : 'neutral'}>{t(`status.${mail.status}`)}</Badge>
                </Td>
                <Td>{format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination
        pathname="/staff/outbox"
        query={{}}
        page={page}
        pages={pages}
        labels={{ previous: tAdvisor('previous'), next: tAdvisor('next'), page: tAdvisor('page', { page, pages }), nav: tAdvisor('pagination') }}
      />
    </div>
  );
}
