import { cx } from './cx';

/**
 * Widths for "n of total" without an inline style (the CSP forbids them): the fractions of the
 * quick scan's steps and of the first-visit checklist.
 */
const WIDTHS: Record<string, string> = {
  '0/3': 'w-0',
  '1/3': 'w-1/3',
  '2/3': 'w-2/3',
  '3/3': 'w-full',
  '0/4': 'w-0',
  '1/4': 'w-1/4',
  '2/4': 'w-1/2',
  '3/4': 'w-3/4',
  '4/4': 'w-full',
};

/** How far along a series of steps someone is, as a bar named by the words beside it. */
export function StepProgress({ done, total, labelledBy }: { done: number; total: number; labelledBy: string }) {
  return (
    <div
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className={cx('h-full rounded-full bg-brand-700 transition-[width]', WIDTHS[`${done}/${total}`] ?? 'w-full')} />
    </div>
  );
}
