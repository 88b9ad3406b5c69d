import { getLocale, getTranslations } from '@/lib/i18n/server';
import { recommendationReasonText } from '@/lib/i18n/score-words';
import type { Recommendation, RecommendationReason } from '@/lib/domain/recommendations';
import { Section } from '@/components/ui/section';

/** The three recommended next steps, each with why it is recommended (member home and quick scan). */
export async function NextSteps({ recommendations }: { recommendations: Recommendation[] }) {
  const [t, tChannels, tInfo, locale] = await Promise.all([
    getTranslations('member'),
    getTranslations('channels'),
    getTranslations('channelInfo'),
    getLocale(),
  ]);
  const reasonText = (reason: RecommendationReason) => recommendationReasonText(locale, reason);
  return (
    <Section id="steps-title" title={t('nextStepsTitle')}>
      <ol className="mt-3 grid gap-3 md:grid-cols-3" data-testid="recommendations">
        {recommendations.map((r, index) => (
          <li key={r.channel} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">
              {index + 1}. {tChannels(r.channel)}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{tInfo(r.channel)}</p>
            <ul className="mt-2 list-disc pl-5 text-sm text-brand-900">
              {r.reasons.map((reason) => (
                <li key={reason.kind}>{reasonText(reason)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Section>
  );
}
