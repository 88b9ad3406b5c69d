import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/server';
import { formatDateTime } from '@/components/format';
import { Notice } from '@/components/forms/notice';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { exportHistory } from '@/lib/member-export/dal/exports';
import { listTriage } from '@/lib/dal/triage';
import { COLUMN_KEYS } from '@/lib/member-export/member-file';
import { CHANNELS } from '@/lib/domain/channels';
import { DEFAULT_QUERY } from '@/lib/triage/query';
import { ExportPanel } from '../_components/export-panel';
import { Section } from '@/components/ui/section';
import { assignableAdvisors } from '@/lib/dal/assignments';
import { ViewInWords } from './_components/view-in-words';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('exports');

/**
 * The exports page: every member the viewer may export, the columns explained, and for staff the
 * history of all exports (who, when, format, view, rows, purpose).
 */
export default async function ExportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/advisor/exports', ['advisor', 'staff']);
  const [t, tChannels, tNav, messages] = await Promise.all([getTranslations('exports'), getTranslations('channels'), getTranslations('nav'), getMessages()]);
  const [{ total, estimated }, history, advisors] = await Promise.all([
    viewer.canExport ? listTriage(db, viewer, DEFAULT_QUERY) : Promise.resolve({ total: 0, estimated: false }),
    viewer.role === 'staff' ? exportHistory(db, viewer) : Promise.resolve([]),
    // The history names the advisor a view was filtered on.
    viewer.role === 'staff' ? assignableAdvisors(db, viewer) : Promise.resolve([]),
  ]);
  const advisorNames = new Map(advisors.map((a) => [a.id, a.name]));

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('pageTitle')}</h1>
        <p className="mt-2 text-slate-700">
          {t('pageIntro')}{' '}
          <Link href="/advisor" className="text-brand-800 underline underline-offset-2">
            {tNav('triage')}
          </Link>
        </p>
      </div>
      {viewer.canExport ? (
        <Section
          id="export-title"
          title={t('panelTitle')}
          headingClassName="mb-3 text-xl font-semibold"
          className="rounded-lg border border-slate-200 bg-white p-6"
        >
          <NextIntlClientProvider messages={{ shell: messages.shell, ui: messages.ui, exports: messages.exports }}>
            <ExportPanel query="" selectedIds={[]} total={total} estimated={estimated} />
          </NextIntlClientProvider>
        </Section>
      ) : (
        <Notice>{t('notAllowed')}</Notice>
      )}
      <Section id="columns-title" title={t('columnsTitle')}>
        <p className="mt-1 text-slate-700">{t('columnsIntro')}</p>
        <ul className="mt-2 grid gap-x-6 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="export-columns">
          {COLUMN_KEYS.map((key) => (
            <li key={key}>{t(`columns.${key}`)}</li>
          ))}
          {CHANNELS.map((channel) => (
            <li key={channel}>{tChannels(channel)}</li>
          ))}
        </ul>
      </Section>
      {viewer.role === 'staff' ? (
        <section>
          <h2 id="history-title" className="mb-2 text-xl font-semibold">
            {t('historyTitle')}
          </h2>
          {history.length === 0 ? (
            <EmptyState>{t('historyEmpty')}</EmptyState>
          ) : (
            <div role="region" aria-labelledby="history-title" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="export-history">
                <thead className="bg-slate-100">
                  <tr>
                    {(['historyWhen', 'historyWho', 'historyFormat', 'historyView', 'historyRows', 'historyPurpose', 'historyStatus'] as const).map((key) => (
                      <th key={key} scope="col" className="px-3 py-2">
                        {t(key)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {history.map((entry) => {
                    const details = (entry.details ?? {}) as { format?: 'csv_excel' | 'csv' | 'xlsx'; purpose?: string };
                    const filters = (entry.filters ?? {}) as { view?: string; selected?: number };
                    return (
                      <tr key={entry.id}>
                        <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.at, locale)}</td>
                        <td className="px-3 py-2">{entry.who ?? '—'}</td>
                        <td className="px-3 py-2">{details.format ? t(`formats.${details.format}`).split(' (')[0] : '—'}</td>
                        <td className="px-3 py-2">
                          <ViewInWords view={filters.view ?? ''} selected={filters.selected ?? 0} advisors={advisorNames} />
                        </td>
                        <td className="px-3 py-2 tabular-nums">{entry.rowCount ?? 0}</td>
                        <td className="px-3 py-2">{details.purpose ?? '—'}</td>
                        <td className="px-3 py-2">{entry.action === 'export.completed' ? t('statusCompleted') : t('statusFailed')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
