'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { takeUpHelpRequestAction } from '../help-actions';

/**
 * "Take up" for one open request. On success the request leaves the list (the page is refreshed),
 * so the outcome is a toast; a refusal (another advisor was first) stays beside the button.
 * Needs `helpRequests.queue` in the provider.
 */
export function TakeUpButton({ id, businessName }: { id: string; businessName: string }) {
  const t = useTranslations('helpRequests.queue');
  const form = useFormAction(takeUpHelpRequestAction);
  const seen = useRef(form.state);
  useEffect(() => {
    if (form.state === seen.current) return;
    seen.current = form.state;
    if (form.state.status === 'success' && form.state.message) toast.success(form.state.message);
  }, [form.state]);
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
