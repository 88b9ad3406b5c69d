import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { loadSectorTable } from '@/lib/dal/classification';
import { CLEARLY_DOWN, HIGH_SCORE, RESILIENT_FLOOR, WINNER_REVENUE } from '@/lib/domain/classification';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('classification');

const ORDER = ['unknown', 'winner', 'structurally_hit', 'shifter', 'stable'] as const;

/** The classification rules in words, with the sector table they use (for advisors and staff). */
export default async function ClassificationRulesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { db } = await requirePageViewer(locale, '/advisor/classification', ['advisor', 'staff']);
  const table = (await loadSectorTable(db)).sort((a, b) => a.prefix.localeCompare(b.prefix));
  const t = await getTranslations('classificationRules');
  const values = { winner: WINNER_REVENUE, floor: -RESILIENT_FLOOR, score: HIGH_SCORE, down: -CLEARLY_DOWN };
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <Section id="rules-title" title={t('rulesTitle')}>
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-slate-800">
          {ORDER.map((rule) => (
            <li key={rule}>{t(`rules.${rule}`, values)}</li>
          ))}
        </ol>
      </Section>
      <Section id="priority-title" title={t('priorityTitle')}>
        <p className="mt-2 text-slate-700">{t('priority')}</p>
      </Section>
      <section className="flex flex-col gap-3">
        <h2 id="table-title" className="text-xl font-semibold">
          {t('tableTitle')}
        </h2>
        <p className="text-slate-700">{t('tableIntro')}</p>
        <Table caption={t('tableTitle')} captionHidden>
          <THead>
            <tr>
              <Th>{t('prefix')}</Th>
              <Th>{t('exposure')}</Th>
            </tr>
          </THead>
          <TBody>
            {table.map((row) => (
              <Tr key={row.prefix}>
                <Td className="tabular-nums">{row.prefix}</Td>
                <Td>{t(`exposures.${row.exposure}`)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
    </article>
  );
}
