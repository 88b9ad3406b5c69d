'use client';

import { useActionState } from 'react';
import { IDLE, type ActionResult } from '@/lib/actions/result';

type ServerAction = (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;

/** useActionState with the shared result shape and helpers to read field errors and values. */
export function useFormAction(action: ServerAction) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return {
    state,
    formAction,
    pending,
    error: (field: string) => state.fieldErrors?.[field],
    value: (field: string, fallback = '') => state.values?.[field] ?? fallback,
  };
}
