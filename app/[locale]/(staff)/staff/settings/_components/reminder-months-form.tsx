'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { setReminderMonthsAction } from '../actions';

export function ReminderMonthsForm({ months, min, max }: { months: number; min: number; max: number }) {
  const t = useTranslations('staffSettings');
  const { state, formAction, pending, error, value } = useFormAction(setReminderMonthsAction);
  return (
    // Remounted after each answer, so the field shows what was refused or the value now stored.
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${state.message ?? ''}-${months}`}>
      <FormMessage state={state} />
      <Input
        id="reminder-months"
        name="reminderMonths"
        inputMode="numeric"
        label={t('reminderMonths')}
        hint={t('reminderMonthsHint', { min, max })}
        defaultValue={value('reminderMonths', String(months))}
        error={error('reminderMonths')}
        className="max-w-32"
      />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
