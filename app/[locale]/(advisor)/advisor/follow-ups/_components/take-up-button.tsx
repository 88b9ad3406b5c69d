'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { takeUpHelpRequestAction } from '../help-actions';

/**
 * "Take up" for one open request. On success the request leaves the list and the page says so
 * (the action sends the advisor back with `?takenUp=`); a refusal (another advisor was first)
 * stays beside the button.
 * Needs `helpRequests.queue` in the provider.
 */
export function TakeUpButton({ id, businessName }: { id: string; businessName: string }) {
  const t = useTranslations('helpRequests.queue');
  const form = useFormAction(takeUpHelpRequestAction);
  return (
    <form action={form.formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="sm" pending={form.pending} pendingLabel={t('pending')} aria-label={t('takeUpLabel', { name: businessName })}>
        {t('takeUp')}
      </Button>
      {form.state.status === 'error' ? <FormMessage state={form.state} /> : null}
    </form>
  );
}
