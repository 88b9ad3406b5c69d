import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { earlierImportOfSameFile, getMemberImport, importProgress, importReportRows } from '@/lib/member-import/dal/imports';
import { routeId } from '@/lib/validation/ids';
import { Notice } from '@/components/forms/notice';
import { BackLink } from '@/components/ui/back-link';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { RefreshWhileRunning } from '@/components/ui/refresh-while-running';
import { buttonClasses } from '@/components/ui/button';
import { ImportStatus, importRunning } from '../_components/import-status';
import { MappingForm } from '../_components/mapping-form';
import { ApplyForm } from '../_components/apply-form';
import { UPLOAD_KEPT_DAYS } from '@/lib/member-import/read-file';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('importDetail');

const SHOWN_ROWS = 100;
const COUNT_KEYS = ['create', 'update', 'unchanged', 'reject'] as const;
const RESULT_KEYS = ['created', 'updated', 'unchanged', 'skipped'] as const;

/** One import: match the columns, run the dry run, read its report, import; progress while it runs. */
export default async function ImportPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id: rawId } = await params;
  const { viewer, db } = await requirePageViewer(locale, `/staff/imports/${rawId}`, ['staff']);
  const id = routeId(rawId);
  if (!id) notFound();
  const upload = await getMemberImport(db, viewer, id);
  if (!upload) notFound();
  const [t, format, messages, progress, rows, earlier] = await Promise.all([
    getTranslations('imports'),
    getFormatter(),
    getMessages(),
    importRunning(upload) ? importProgress(db, viewer, upload.jobId) : Promise.resolve(null),
    upload.checkCounts ? importReportRows(db, viewer, id, ['reject', 'update'], SHOWN_ROWS) : Promise.resolve([]),
    upload.status === 'checked' ? earlierImportOfSameFile(db, viewer, upload) : Promise.resolve(null),
  ]);
  const counts = upload.checkCounts ?? {};
  const toImport = (counts.create ?? 0) + (counts.update ?? 0);
  const remarks = (counts.reject ?? 0) + (counts.update ?? 0);
  const canMap = upload.status === 'uploaded' || upload.status === 'checked' || upload.status === 'failed';
  const mapping = (
    <NextIntlClientProvider messages={{ ui: messages.ui, validation: messages.validation, imports: messages.imports }}>
      <MappingForm importId={id} headers={upload.headers} sample={upload.sample} mapping={upload.mapping ?? {}} />
    </NextIntlClientProvider>
  );

  return (
    <div className="flex flex-col gap-6">
      <RefreshWhileRunning running={importRunning(upload)} />
      <BackLink href="/staff/imports">{t('back')}</BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold break-words">{upload.fileName}</h1>
        <p className="text-slate-700">
          {t('fileSummary', {
            file: upload.fileName,
            format: upload.fileFormat.toUpperCase(),
            rows: upload.rowCount,
            who: upload.createdByName ?? '—',
            date: format.dateTime(upload.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </p>
        <p>
          <ImportStatus status={upload.status} label={t(`status.${upload.status}`)} />
        </p>
      </div>
      {upload.status === 'failed' ? <Notice>{t('failedNotice')}</Notice> : null}
      {upload.status === 'expired' ? <Notice>{t('expiredNotice', { days: UPLOAD_KEPT_DAYS })}</Notice> : null}
      {earlier ? <Notice>{t('sameFileBefore', { date: format.dateTime(earlier.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</Notice> : null}

      {importRunning(upload) ? (
        <Section
          id="progress-title"
          title={t(`status.${upload.status}`)}
          headingClassName="mb-3 text-xl font-semibold"
          className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6"
        >
          <progress
            max={Math.max(1, progress?.total ?? 0)}
            value={progress?.done ?? 0}
            aria-label={t('progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
            className="h-2 w-full"
          />
          <p className="mt-2 text-slate-700" aria-live="polite">
            {t('progress', { done: format.number(progress?.done ?? 0), total: format.number(progress?.total ?? 0) })}
          </p>
        </Section>
      ) : null}

      {canMap && upload.status !== 'checked' ? (
        <Section id="mapping-title" title={t('mappingTitle')} className="max-w-4xl rounded-lg border border-slate-200 bg-white p-6">
          <p className="mt-1 mb-4 text-slate-700">{t('mappingIntro')}</p>
          {mapping}
        </Section>
      ) : null}

      {upload.checkCounts && upload.status !== 'checking' ? (
        <section aria-labelledby="report-title" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
          <div>
            <h2 id="report-title" className="text-xl font-semibold">
              {upload.status === 'imported' ? t('importedTitle') : t('reportTitle')}
            </h2>
            {upload.status === 'checked' ? <p className="mt-1 text-slate-700">{t('reportIntro')}</p> : null}
          </div>
          {upload.status === 'imported' && upload.importCounts ? (
            <>
              <ul className="flex flex-wrap gap-3" data-testid="import-result">
                {RESULT_KEYS.map((key) => (
                  <li key={key} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-medium">
                    {t(`result.${key}`, { count: upload.importCounts?.[key] ?? 0 })}
                  </li>
                ))}
              </ul>
              <p className="text-slate-700">{t('importedNote')}</p>
            </>
          ) : (
            <ul className="flex flex-wrap gap-3" data-testid="check-counts">
              {COUNT_KEYS.map((key) => (
                <li key={key} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-medium">
                  {t(`counts.${key}`, { count: counts[key] ?? 0 })}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`/api/imports/${id}/report?locale=${locale}`} download className={buttonClasses('secondary')}>
              {t('download')}
            </a>
          </p>
          {upload.status === 'checked' ? (
            toImport > 0 ? (
              <NextIntlClientProvider messages={{ ui: messages.ui, imports: messages.imports }}>
                <ApplyForm importId={id} count={toImport} />
              </NextIntlClientProvider>
            ) : (
              <p className="font-medium text-slate-800">{t('nothingToImport')}</p>
            )
          ) : null}
          <h3 className="text-lg font-semibold">{t('rowsTitle')}</h3>
          {rows.length === 0 ? (
            <p className="text-slate-700">{t('noRows')}</p>
          ) : (
            <>
              <Table caption={t('rowsCaption')} captionHidden>
                <THead>
                  <tr>
                    <Th className="text-right">{t('reportColumns.row')}</Th>
                    <Th>{t('reportColumns.enterpriseNumber')}</Th>
                    <Th>{t('reportColumns.name')}</Th>
                    <Th>{t('reportColumns.action')}</Th>
                    <Th>{t('reportColumns.details')}</Th>
                  </tr>
                </THead>
                <TBody>
                  {rows.map((row) => (
                    <Tr key={row.rowNumber}>
                      <Td className="text-right tabular-nums">{row.rowNumber}</Td>
                      <Td className="tabular-nums">{row.enterpriseNumber ?? '—'}</Td>
                      <Td className="break-words">{row.name ?? '—'}</Td>
                      <Td>{t(`actions.${row.action}`)}</Td>
                      <Td>
                        {row.action === 'reject'
                          ? row.problems.map((p) => t(`problems.${p}` as 'problems.checksum')).join(' ')
                          : t('changes', { fields: row.changes.map((f) => t(`fields.${f}` as 'fields.name')).join(', ') })}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
              {remarks > rows.length ? <p className="text-sm text-slate-600">{t('shownOf', { shown: rows.length, total: remarks })}</p> : null}
            </>
          )}
        </section>
      ) : null}

      {upload.status === 'checked' ? (
        <details className="max-w-4xl rounded-lg border border-slate-200 bg-white p-6">
          <summary className="cursor-pointer font-semibold">{t('changeMapping')}</summary>
          <div className="mt-4">{mapping}</div>
        </details>
      ) : null}
    </div>
  );
}
