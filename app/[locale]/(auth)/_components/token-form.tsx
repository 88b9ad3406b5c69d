'use client';

import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/lib/actions/result';

export interface TokenFormLabels {
  submit: string;
  pending: string;
  /** With these, the form asks for a new password twice. */
  password?: string;
  confirm?: string;
  passwordHint?: string;
}

/** A form carrying an e-mailed token: confirm an address, or set a password from a reset or invitation link. */
export function TokenForm({
  action,
  token,
  labels,
}: {
  action: (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;
  token: string;
  labels: TokenFormLabels;
}) {
  const { state, formAction, pending, error } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {labels.password && labels.confirm ? (
        <>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            label={labels.password}
            hint={labels.passwordHint}
            required
            error={error('password')}
          />
          <Input id="confirm" name="confirm" type="password" autoComplete="new-password" label={labels.confirm} required error={error('confirm')} />
        </>
      ) : null}
      <Button type="submit" pending={pending} pendingLabel={labels.pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
