import type { ConflictChange } from './conflict';

/**
 * What every server action returns (and `useActionState` holds). `code` is for programs and
 * tests; `message` and `fieldErrors` are translated for people.
 */
type ActionCode = 'ok' | 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'error';

export interface ActionResult {
  status: 'idle' | 'success' | 'error';
  code?: ActionCode;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Values to put back in the form after an error, so nothing typed is lost. */
  values?: Record<string, string | string[]>;
  /** After an optimistic-concurrency conflict: the version now stored and what differs from it. */
  conflict?: { version: number; changes: ConflictChange[] };
}

export const IDLE: ActionResult = { status: 'idle' };
