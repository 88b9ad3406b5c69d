import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { listSectorImpacts, recentReclassifications } from '@/lib/dal/sector-impacts';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Badge } from '@/components/ui/badge';
import { ImpactForm } from './_components/impact-form';
import { RefreshWhileRunning } from '@/components/ui/refresh-while-running';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('sectorImpacts');

/** What the impact form translates in the browser (see lib/i18n/client-messages); `ui` for the character counts. */
const IMPACT_FORM_MESSAGES = ['ui', ...['prefix', 'prefixHint', 'exposure', 'note', 'reason', 'submit', 'pending'].map((key) => `sectorImpacts.${key}`)];

/** Staff maintain the sector impact table that drives the classification. */
export default async function SectorImpactsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/staff/sector-impacts', ['staff']);
  const [rows, runs, t, tRules, format, messages] = await Promise.all([
    listSectorImpacts(db, viewer),
    recentReclassifications(db, viewer),
    getTranslations('sectorImpacts'),
    getTranslations('classificationRules'),
    getFormatter(),
    clientMessages(IMPACT_FORM_MESSAGES),
  ]);
  const running = runs.some((run) => run.status === 'queued' || run.status === 'running');
  return (
    <div className="flex flex-col gap-6">
      <RefreshWhileRunning running={running} />
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <Section
        id="change-title"
        title={t('changeTitle')}
        headingClassName="mb-4 text-xl font-semibold"
        className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6"
      >
        <NextIntlClientProvider messages={messages}>
          <ImpactForm
            exposures={[
              { value: 'structural', label: tRules('exposures.structural') },
              { value: 'adaptable', label: tRules('exposures.adaptable') },
              { value: 'resilient', label: tRules('exposures.resilient') },
              { value: 'remove', label: t('remove') },
            ]}
          />
        </NextIntlClientProvider>
      </Section>
      <Section id="runs-title" title={t('runsTitle')}>
        {runs.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('noRuns')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2" data-testid="reclassifications">
            {runs.map((run) => {
              const total = run.total ?? 0;
              const percent = total > 0 ? Math.round((run.done / total) * 100) : run.status === 'done' ? 100 : 0;
              return (
                <li key={run.id} className="flex flex-col gap-1 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">NACE {String((run.payload as { prefix?: string }).prefix ?? '')}</span>
                    <Badge tone={run.status === 'done' ? 'success' : run.status === 'failed' ? 'danger' : 'info'}>{t(`status.${run.status}`)}</Badge>
                    <span className="text-slate-600">{format.dateTime(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                  </span>
                  <progress max={100} value={percent} aria-label={t('progress', { done: run.done, total })} className="h-2 w-full max-w-md" />
                  <span className="text-slate-700">
                    {t('progress', { done: run.done, total })}
                    {run.result ? ` · ${t('changed', { count: Number((run.result as { changed?: number }).changed ?? 0) })}` : ''}
                    {/* Staff get what to do; the job's own (technical, English) error stays one click away for the administrator. */}
                    {run.status === 'failed' ? ` · ${t('runFailedHint')}` : ''}
                  </span>
                  {run.status === 'failed' && run.error ? (
                    <details className="text-slate-600">
                      <summary className="cursor-pointer">{t('runErrorDetails')}</summary>
                      <code className="break-words text-xs">{run.error}</code>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Table caption={t('tableCaption')}>
        <THead>
          <tr>
            <Th>{tRules('prefix')}</Th>
            <Th>{tRules('exposure')}</Th>
            <Th>{tRules('note')}</Th>
            <Th>{t('updated')}</Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.prefix}>
              <Td className="tabular-nums">{row.prefix}</Td>
              <Td>{tRules(`exposures.${row.exposure}`)}</Td>
              <Td>{row.note}</Td>
              <Td>
                {format.dateTime(row.updatedAt, { dateStyle: 'medium' })}
                {row.updatedBy ? ` · ${row.updatedBy}` : ''}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
