'use client';

import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/actions/result';

/** Re-mount a form when its result changes, so it shows what the action echoed back (React resets forms after actions). */
export const formKey = (state: ActionResult) => `${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`;

/**
 * After a successful submit: the action's message as a toast and `onDone` (the panel closes). Errors
 * stay in the form, next to what was typed. Returns an idempotency key for forms that create: one
 * per form until something is recorded, so a double click of one submit records one row.
 */
export function useOnSuccess(state: ActionResult, onDone?: () => void): string {
  const seen = useRef(state);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  useEffect(() => {
    if (state === seen.current) return;
    seen.current = state;
    if (state.status !== 'success') return;
    if (state.message) toast.success(state.message);
    renew(setIdempotencyKey);
    onDone?.();
  }, [state, onDone]);
  return idempotencyKey;
}

function renew(set: (key: string) => void) {
  set(crypto.randomUUID());
}
