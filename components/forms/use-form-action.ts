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
    value: (field: string, fallback = ''): string => {
      const value = state.values?.[field];
      return typeof value === 'string' ? value : fallback;
    },
    /** A multi-select's values after an error; `fallback` before the first submit. */
    values: (field: string, fallback: string[] = []): string[] => {
      if (!state.values) return fallback;
      const value = state.values[field];
      return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    },
  };
}
