import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { recentMemberImports } from '@/lib/member-import/dal/imports';
import { IMPORT_MAX_BYTES } from '@/lib/member-import/read-file';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { RefreshWhileRunning } from '@/components/ui/refresh-while-running';
import { ImportUploadForm } from './_components/upload-form';
import { ImportStatus, importRunning } from './_components/import-status';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('imports');

/** Staff bring existing member lists in: upload here, then map, check and import on the import's own page. */
export default async function ImportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/imports', ['staff']);
  const [imports, t, format, messages] = await Promise.all([recentMemberImports(db, viewer), getTranslations('imports'), getFormatter(), getMessages()]);
  return (
    <div className="flex flex-col gap-6">
      <RefreshWhileRunning running={imports.some(importRunning)} />
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <Section
        id="upload-title"
        title={t('uploadTitle')}
        headingClassName="mb-4 text-xl font-semibold"
        className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6"
      >
        <NextIntlClientProvider messages={{ ui: messages.ui, imports: messages.imports }}>
          <ImportUploadForm maxBytes={IMPORT_MAX_BYTES} />
        </NextIntlClientProvider>
      </Section>
      <div className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{t('recentTitle')}</h2>
        {imports.length === 0 ? (
          <p className="text-slate-700">{t('noImports')}</p>
        ) : (
          <Table caption={t('recentCaption')} captionHidden>
            <THead>
              <tr>
                <Th>{t('columns.file')}</Th>
                <Th>{t('columns.uploaded')}</Th>
                <Th>{t('columns.uploadedBy')}</Th>
                <Th className="text-right">{t('columns.rows')}</Th>
                <Th>{t('columns.status')}</Th>
              </tr>
            </THead>
            <TBody>
              {imports.map((item) => (
                <Tr key={item.id}>
                  <Td>
                    <Link href={`/staff/imports/${item.id}`} className="font-medium text-brand-800 underline underline-offset-2">
                      {item.fileName}
                    </Link>
                  </Td>
                  <Td>{format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
                  <Td>{item.createdByName ?? '—'}</Td>
                  <Td className="text-right tabular-nums">{format.number(item.rowCount)}</Td>
                  <Td>
                    <ImportStatus status={item.status} label={t(`status.${item.status}`)} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </div>
  );
}
