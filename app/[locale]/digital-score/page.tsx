import { getTranslations } from '@/lib/i18n/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { intlLocale } from '@/lib/i18n/intl-locale';
import { DIMENSION_CHANNELS, DIMENSIONS } from '@/lib/domain/digital-score';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('scoreExplained');

/** The score formula in words, for members (public: anyone may read how they are scored). */
export default async function DigitalScorePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, tDimensions, tChannels] = await Promise.all([getTranslations('scoreExplained'), getTranslations('dimensions'), getTranslations('channels')]);
  const number = new Intl.NumberFormat(intlLocale(locale));
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <Section id="points-title" title={t('pointsTitle')}>
        <p className="mt-2 text-slate-700">{t('points')}</p>
      </Section>
      <Section id="target-title" title={t('targetTitle')} className="flex flex-col gap-3">
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
      </Section>
      <Section id="peers-title" title={t('peersTitle')}>
        <p className="mt-2 text-slate-700">{t('peers')}</p>
      </Section>
      <Section id="steps-title" title={t('stepsTitle')}>
        <p className="mt-2 text-slate-700">{t('steps')}</p>
      </Section>
    </article>
  );
}
