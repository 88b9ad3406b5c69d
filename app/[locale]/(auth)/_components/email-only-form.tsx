'use client';

import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/lib/actions/result';

export function EmailOnlyForm({
  action,
  labels,
}: {
  action: (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;
  labels: { email: string; submit: string; pending: string };
}) {
  const { state, formAction, pending, error, value } = useFormAction(action);
  if (state.status === 'success') return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <Input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        label={labels.email}
        required
        defaultValue={value('email')}
        error={error('email')}
        key={value('email')}
      />
      <Button type="submit" pending={pending} pendingLabel={labels.pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
