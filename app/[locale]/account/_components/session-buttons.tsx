'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { endOtherSessionsAction, endSessionAction } from '../actions';

/** Signs out the session on another device (the row it stands in). */
export function EndSessionButton({ sessionId, label, device }: { sessionId: string; label: string; device: string }) {
  const { formAction, pending, state } = useFormAction(endSessionAction);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="sessionId" value={sessionId} />
      {/* The device in the accessible name tells screen-reader users which of the identical buttons this is. */}
      <Button type="submit" variant="secondary" size="sm" pending={pending} aria-label={`${label}: ${device}`}>
        {label}
      </Button>
      {state.status === 'error' ? <FormMessage state={state} /> : null}
    </form>
  );
}

/** Signs out every other device at once. */
export function EndOtherSessionsButton({ label }: { label: string }) {
  const { formAction, pending, state } = useFormAction(endOtherSessionsAction);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
