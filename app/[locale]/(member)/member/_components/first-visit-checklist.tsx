import { Check } from 'lucide-react';
import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { cx } from '@/components/ui/cx';
import { StepProgress } from '@/components/ui/step-progress';

const STEPS = ['profile', 'channels', 'score', 'advisor'] as const;
type Step = (typeof STEPS)[number];

const HREF: Record<Step, string> = {
  profile: '/member/profile',
  channels: '/member/channels',
  score: '/member#score-title',
  advisor: '/member#ask-advisor',
};

/**
 * The first visit as four steps: business details, channels, the score, asking an advisor. Each is
 * a link of its own, so a member can take them in any order; the list goes once all are done.
 */
export async function FirstVisitChecklist({ done }: { done: Record<Step, boolean> }) {
  const completed = STEPS.filter((step) => done[step]).length;
  if (completed === STEPS.length) return null;
  const t = await getTranslations('firstVisit');
  const next = STEPS.find((step) => !done[step]);
  return (
    <section aria-labelledby="first-visit-title" className="rounded-lg border border-brand-200 bg-brand-50 p-4 sm:p-6" data-testid="first-visit">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="first-visit-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-slate-700" id="first-visit-progress">
          {t('progress', { done: completed, steps: STEPS.length })}
        </p>
      </div>
      <div className="mt-2">
        <StepProgress done={completed} total={STEPS.length} labelledBy="first-visit-progress" />
      </div>
      <ol className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {STEPS.map((step, index) => (
          <li key={step}>
            <Link
              href={HREF[step]}
              aria-current={step === next ? 'step' : undefined}
              className={cx(
                'flex h-full min-h-11 items-start gap-3 rounded-md border bg-white p-3 hover:border-brand-700',
                step === next ? 'border-brand-700 ring-1 ring-brand-700' : 'border-slate-200',
              )}
            >
              <span
                className={cx(
                  'inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold',
                  done[step] ? 'bg-green-700 text-white' : 'bg-slate-200 text-slate-800',
                )}
                aria-hidden="true"
              >
                {done[step] ? <Check className="h-4 w-4" /> : index + 1}
              </span>
              <span className="flex flex-col">
                <span className={cx('font-medium', done[step] && 'text-slate-600 line-through')}>{t(`steps.${step}.title`)}</span>
                <span className="text-sm text-slate-700">{done[step] ? t('doneLabel') : t(`steps.${step}.text`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
