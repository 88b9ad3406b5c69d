'use client';

import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { controlClasses } from '@/components/ui/field';
import { overrideClassAction } from '../../../actions';

export function OverrideForm({
  businessId,
  current,
  classes,
  labels,
}: {
  businessId: string;
  current: string;
  classes: Array<{ value: string; label: string }>;
  labels: { class: string; useComputed: string; reason: string; submit: string };
}) {
  const { state, formAction, pending, error, value } = useFormAction(overrideClassAction);
  const reasonError = error('reason');
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${state.message ?? ""}-${JSON.stringify(state.values ?? {})}`}>
      <FormMessage state={state} />
      <input type="hidden" name="businessId" value={businessId} />
      <Select id="crisisClass" name="crisisClass" label={labels.class} options={classes} placeholder={labels.useComputed} defaultValue={value('crisisClass', current)} error={error('crisisClass')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="reason" className="text-sm font-medium">
          {labels.reason}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          required
          defaultValue={value('reason')}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'reason-error' : undefined}
          className={`${controlClasses} py-2`}
        />
        {reasonError ? (
          <p id="reason-error" className="text-sm font-medium text-red-700">
            {reasonError}
          </p>
        ) : null}
      </div>
      <Button type="submit" pending={pending} className="self-start">
        {labels.submit}
      </Button>
    </form>
  );
}
