'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { NewPasswordField } from './credential-fields';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/lib/actions/result';

/** The page the form is on, which names its messages; the two that set a password ask for it twice. */
type TokenFormNamespace = 'verifyEmail' | PasswordNamespace;
type PasswordNamespace = 'resetPassword' | 'invitation';

/** A form carrying an e-mailed token: confirm an address, or set a password from a reset or invitation link. */
export function TokenForm({
  action,
  token,
  namespace,
}: {
  action: (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;
  token: string;
  namespace: TokenFormNamespace;
}) {
  const t = useTranslations(namespace);
  const { state, formAction, pending, error } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {namespace === 'verifyEmail' ? null : <NewPasswordFields namespace={namespace} error={error} />}
      <Button type="submit" pending={pending} pendingLabel={t('pending')}>
        {t('submit')}
      </Button>
    </form>
  );
}

function NewPasswordFields({ namespace, error }: { namespace: PasswordNamespace; error: (field: string) => string | undefined }) {
  const t = useTranslations(namespace);
  return (
    <>
      <NewPasswordField label={t('password')} error={error('password')} />
      <Input id="confirm" name="confirm" type="password" autoComplete="new-password" label={t('confirm')} required error={error('confirm')} />
    </>
  );
}
