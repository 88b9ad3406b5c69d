import { getTranslations } from '@/lib/i18n/server';
import type { AppLocale } from '@/i18n/routing';
import type { ScanFunnel } from '@/lib/dal/quick-scan-funnel';
import { percentOf } from '@/lib/programme/channel-adoption';
import { FigureCard } from './figure-card';

/** The free quick scan as a funnel: scans taken → brought into an account → coached. Counted, never identified. */
export async function ScanFunnelFigure({ funnel, since, locale }: { funnel: ScanFunnel; since: string; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'programme' });
  const steps = [
    { key: 'scans', value: funnel.scans, share: null },
    { key: 'registrations', value: funnel.registrations, share: funnel.scans ? percentOf(funnel.registrations, funnel.scans) : null },
    { key: 'coached', value: funnel.coached, share: funnel.registrations ? percentOf(funnel.coached, funnel.registrations) : null },
  ] as const;
  return (
    <FigureCard id="scan-funnel-title" level={2} title={t('funnel.title')} intro={t('funnel.intro', { since })} download={null}>
      <ol className="grid gap-3 sm:grid-cols-3" data-testid="scan-funnel">
        {steps.map((step, index) => (
          <li key={step.key} className="flex flex-col gap-1 rounded-md bg-slate-50 p-3">
            <span className="text-xs text-slate-700">
              {index + 1}. {t(`funnel.${step.key}`)}
            </span>
            <span className="text-2xl font-semibold tabular-nums" data-testid={`funnel-${step.key}`}>
              {step.value.toLocaleString(locale)}
            </span>
            {step.share !== null ? <span className="text-xs text-slate-700">{t('funnel.share', { share: step.share })}</span> : null}
          </li>
        ))}
      </ol>
    </FigureCard>
  );
}
