import type { ActionResult } from '@/lib/actions/result';
import { cx } from '@/components/ui/cx';

/** The form-level outcome of an action: an alert for errors, a status for success. */
export function FormMessage({ state, id }: { state: ActionResult; id?: string }) {
  if (!state.message) return null;
  const error = state.status === 'error';
  return (
    <p
      id={id}
      role={error ? 'alert' : 'status'}
      data-testid="form-message"
      className={cx('rounded-md border-l-4 px-4 py-3 text-sm', error ? 'border-red-700 bg-red-50 text-red-900' : 'border-green-700 bg-green-50 text-green-900')}
    >
      {state.message}
    </p>
  );
}
