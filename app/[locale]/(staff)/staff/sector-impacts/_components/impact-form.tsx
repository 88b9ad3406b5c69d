'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { changeSectorImpactAction } from '../actions';

export function ImpactForm({ exposures }: { exposures: Array<{ value: string; label: string }> }) {
  const t = useTranslations('sectorImpacts');
  const { state, formAction, pending, error, value } = useFormAction(changeSectorImpactAction);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`}>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input id="prefix" name="prefix" label={t('prefix')} hint={t('prefixHint')} defaultValue={value('prefix')} error={error('prefix')} />
        <Select
          id="exposure"
          name="exposure"
          label={t('exposure')}
          options={exposures}
          defaultValue={value('exposure', 'adaptable')}
          error={error('exposure')}
        />
      </div>
      <Input id="note" name="note" label={t('note')} maxChars={200} defaultValue={value('note')} error={error('note')} />
      <Input id="reason" name="reason" label={t('reason')} maxChars={500} defaultValue={value('reason')} error={error('reason')} />
      <Button type="submit" pending={pending} pendingLabel={t('pending')} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
