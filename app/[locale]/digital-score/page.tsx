import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { intlLocale } from '@/lib/i18n/intl-locale';
import { DIMENSION_CHANNELS, DIMENSIONS } from '@/lib/domain/digital-score';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

/** The score formula in words, for members (public: anyone may read how they are scored). */
export default async function DigitalScorePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, tDimensions, tChannels] = await Promise.all([getTranslations('scoreExplained'), getTranslations('dimensions'), getTranslations('channels')]);
  const number = new Intl.NumberFormat(intlLocale(locale));
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <section aria-labelledby="points-title">
        <h2 id="points-title" className="text-xl font-semibold">
          {t('pointsTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('points')}</p>
      </section>
      <section aria-labelledby="target-title" className="flex flex-col gap-3">
        <h2 id="target-title" className="text-xl font-semibold">
          {t('targetTitle')}
        </h2>
        <p className="text-slate-700">{t('target')}</p>
        <p className="rounded-md bg-brand-50 px-4 py-3 font-medium text-brand-900">{t('formula')}</p>
        <Table caption={t('tableCaption')}>
          <THead>
            <tr>
              <Th>{t('dimensionColumn')}</Th>
              <Th>{t('channelsColumn')}</Th>
              <Th className="text-right">{t('targetColumn')}</Th>
            </tr>
          </THead>
          <TBody>
            {DIMENSIONS.map((d) => (
              <Tr key={d}>
                <Th scope="row">{tDimensions(d)}</Th>
                <Td>{DIMENSION_CHANNELS[d].channels.map((c) => tChannels(c)).join(', ')}</Td>
                <Td className="text-right tabular-nums">{number.format(DIMENSION_CHANNELS[d].target)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
      <section aria-labelledby="peers-title">
        <h2 id="peers-title" className="text-xl font-semibold">
          {t('peersTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('peers')}</p>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-xl font-semibold">
          {t('stepsTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('steps')}</p>
      </section>
    </article>
  );
}
