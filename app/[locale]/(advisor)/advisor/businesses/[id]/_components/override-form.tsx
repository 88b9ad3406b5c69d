'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { Textarea } from '@/components/ui/textarea';
import { overrideClassAction } from '../../../actions';
import { useOnSuccess } from './form-outcome';

export function OverrideForm({
  businessId,
  current,
  classes,
  onDone,
}: {
  businessId: string;
  current: string;
  classes: Array<{ value: string; label: string }>;
  onDone?: () => void;
}) {
  const t = useTranslations('businessPage');
  const { state, formAction, pending, error, value } = useFormAction(overrideClassAction);
  useOnSuccess(state, onDone);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`}>
      <FormMessage state={state} />
      <input type="hidden" name="businessId" value={businessId} />
      <Select
        id="crisisClass"
        name="crisisClass"
        label={t('overrideClass')}
        options={classes}
        placeholder={t('useComputed')}
        defaultValue={value('crisisClass', current)}
        error={error('crisisClass')}
      />
      <Textarea
        id="reason"
        name="reason"
        label={t('overrideReasonLabel')}
        rows={3}
        required
        maxChars={500}
        defaultValue={value('reason')}
        error={error('reason')}
      />
      <Button type="submit" pending={pending} className="self-start">
        {t('overrideSubmit')}
      </Button>
    </form>
  );
}
