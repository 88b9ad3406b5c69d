'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { EmailField } from './credential-fields';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/lib/actions/result';

/** Asks for an e-mail address only: the forgotten-password request, a new confirmation link. */
export function EmailOnlyForm({
  action,
  namespace,
}: {
  action: (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;
  namespace: 'forgotPassword' | 'resendVerification';
}) {
  const t = useTranslations(namespace);
  const { state, formAction, pending, error, value } = useFormAction(action);
  if (state.status === 'success') return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <EmailField label={t('email')} value={value('email')} error={error('email')} />
      <Button type="submit" pending={pending} pendingLabel={t('pending')}>
        {t('submit')}
      </Button>
    </form>
  );
}
