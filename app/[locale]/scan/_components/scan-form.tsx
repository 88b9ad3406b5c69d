'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { RevenueChangeInput } from '@/components/forms/revenue-change-input';
import { Select, type SelectOption } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { SectorPicker } from '@/components/forms/sector-picker';
import { ChannelStatusFieldset } from '@/components/forms/channel-status-fieldset';
import { useFormAction } from '@/components/forms/use-form-action';
import { StepProgress } from '@/components/ui/step-progress';
import type { NaceOption } from '@/lib/nace/sector-search';
import { submitQuickScanAction } from '../actions';

interface ScanChannel {
  channel: string;
  name: string;
  info: string;
}

export interface ScanStep {
  title: string;
  /** Empty for the first step (the business); the channels to answer otherwise. */
  channels: ScanChannel[];
}

/**
 * The quick scan in a few short steps, one screen each on a phone. Every step's fields stay in the
 * one form (the others are hidden), so the last step sends everything at once; each step is checked
 * here before the next, and the server checks it all again.
 */
export function ScanForm({
  submissionKey,
  steps,
  naceOptions,
  allOptionsUrl,
  catalogueVersion,
  employeeBands,
  statuses,
}: {
  submissionKey: string;
  steps: ScanStep[];
  naceOptions: NaceOption[];
  allOptionsUrl: string;
  catalogueVersion: string;
  employeeBands: SelectOption[];
  statuses: SelectOption[];
}) {
  const t = useTranslations('quickScan');
  const { state, formAction, pending, error, value } = useFormAction(submitQuickScanAction);
  const [current, setCurrent] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After the server refused the scan, open the first step holding a field it named (adjusted
  // while rendering, as React advises for state that follows a new answer).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    const fields = Object.keys(state.fieldErrors ?? {});
    if (fields.length > 0) {
      const onChannelStep = steps.findIndex((s) => s.channels.some((c) => fields.includes(c.channel)));
      const aboutTheBusiness = fields.some((f) => !steps.some((s) => s.channels.some((c) => c.channel === f)));
      setCurrent(aboutTheBusiness || onChannelStep < 0 ? 0 : onChannelStep);
    }
  }

  // A new step takes the focus to its heading, so a screen reader hears where it is (not on the first visit).
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [current]);
  const go = (step: number) => {
    moved.current = true;
    setCurrent(step);
  };

  /** What is still missing on a step, said in words; null when the step is complete. */
  const missingOn = (index: number): string | null => {
    const form = formRef.current;
    if (!form) return null;
    const data = new FormData(form);
    if (index === 0) return data.get('naceCode') ? null : t('missingSector');
    const open = steps[index]!.channels.filter((c) => !data.get(c.channel));
    return open.length === 0 ? null : t('missingChannels', { count: open.length });
  };

  const next = () => {
    const missing = missingOn(current);
    setProblem(missing);
    if (!missing) go(current + 1);
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        const incomplete = steps.findIndex((_, index) => missingOn(index) !== null);
        if (incomplete >= 0) {
          event.preventDefault();
          setProblem(missingOn(incomplete));
          go(incomplete);
        }
      }}
    >
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium text-slate-700" id="scan-progress-label">
          {t('progress', { step: current + 1, steps: steps.length })}
        </p>
        <StepProgress done={current + 1} total={steps.length} labelledBy="scan-progress-label" />
      </div>
      <FormMessage state={state} />
      {problem ? (
        <p role="alert" data-testid="scan-problem" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      {steps.map((step, index) => (
        <section key={step.title} hidden={index !== current} aria-labelledby={`scan-step-${index}`} className="flex flex-col gap-4">
          <h2 id={`scan-step-${index}`} ref={index === current ? headingRef : undefined} tabIndex={-1} className="text-xl font-semibold outline-none">
            {step.title}
          </h2>
          {index === 0 ? (
            <>
              <SectorPicker
                options={naceOptions}
                allOptionsUrl={allOptionsUrl}
                defaultValue={value('naceCode')}
                error={error('naceCode')}
                catalogueVersion={catalogueVersion}
              />
              <Select
                id="employeesBand"
                name="employeesBand"
                label={t('employees')}
                options={employeeBands}
                defaultValue={value('employeesBand', '1-4')}
                error={error('employeesBand')}
              />
              <RevenueChangeInput
                label={t('revenueChange')}
                hint={t('revenueChangeHint')}
                defaultValue={value('revenueChangePct')}
                error={error('revenueChangePct')}
              />
            </>
          ) : (
            <ul className="flex flex-col gap-3">
              {step.channels.map((c) => (
                <li key={c.channel}>
                  <ChannelStatusFieldset channel={c.channel} name={c.name} info={c.info} statuses={statuses} defaultStatus={value(c.channel) || undefined} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <div className="sticky bottom-0 -mx-1 flex gap-3 bg-slate-50/95 px-1 py-3">
        {current > 0 ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setProblem(null);
              go(current - 1);
            }}
          >
            {t('back')}
          </Button>
        ) : null}
        {current < steps.length - 1 ? (
          <Button type="button" onClick={next} className="flex-1 sm:flex-none">
            {t('next')}
          </Button>
        ) : (
          <Button type="submit" pending={pending} pendingLabel={t('sending')} className="flex-1 sm:flex-none">
            {t('submit')}
          </Button>
        )}
      </div>
    </form>
  );
}
