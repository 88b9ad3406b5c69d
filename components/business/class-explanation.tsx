import { getTranslations } from '@/lib/i18n/server';
import type { Classification } from '@/lib/domain/classification';
import { Section } from '@/components/ui/section';

/** Where the crisis left the business, said in plain words, with the facts that put it there. */
export async function ClassExplanation({ classification }: { classification: Pick<Classification, 'crisisClass' | 'reasons'> }) {
  const [t, tClasses, tReasons] = await Promise.all([getTranslations('quickScan'), getTranslations('classes'), getTranslations('classReasons')]);
  return (
    <Section id="class-title" title={t('classTitle')} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <p className="mt-2 text-lg font-semibold text-brand-800" data-testid="scan-class">
        {tClasses(classification.crisisClass)}
      </p>
      <p className="mt-1 text-slate-700">{t(`classMeaning.${classification.crisisClass}`)}</p>
      <h3 className="mt-3 text-sm font-semibold">{t('classBecause')}</h3>
      <ul className="mt-1 list-disc pl-5 text-slate-800">
        {classification.reasons.map((reason) => (
          <li key={reason.code}>{tReasons(reason.code, reason as never)}</li>
        ))}
      </ul>
    </Section>
  );
}
