'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { closeAccountAction } from '../../actions';

export function CloseAccountForm() {
  const t = useTranslations('memberData');
  const { state, formAction, pending, error } = useFormAction(closeAccountAction);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" className="mt-1 h-5 w-5 accent-red-700" aria-describedby={error('confirm') ? 'confirm-error' : undefined} />
        <span>{t('confirm')}</span>
      </label>
      {error('confirm') ? (
        <p id="confirm-error" className="text-sm font-medium text-red-700">
          {error('confirm')}
        </p>
      ) : null}
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t('closing')} className="self-start">
        {t('closeButton')}
      </Button>
    </form>
  );
}
