'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { setChannelRemindersAction } from '../actions';

/** The member's choice to get (or not) the e-mail that invites them to update their channels. */
export function ReminderForm({ enabled, months }: { enabled: boolean; months: number }) {
  const t = useTranslations('reminders.preference');
  const { state, formAction, pending, error } = useFormAction(setChannelRemindersAction);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Checkbox id="channel-reminders" name="channelReminders" label={t('label', { months })} defaultChecked={enabled} error={error('channelReminders')} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
