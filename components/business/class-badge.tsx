import { useTranslations } from 'next-intl';
import type { CrisisClass } from '@/lib/domain/classification';
import { cx } from '@/components/ui/cx';

/** The class colours from app/globals.css, spelled out so Tailwind sees every class name. */
const CLASS_BADGE_COLOURS: Record<CrisisClass, string> = {
  winner: 'bg-class-winner-bg text-class-winner-fg ring-class-winner-chart/40',
  shifter: 'bg-class-shifter-bg text-class-shifter-fg ring-class-shifter-chart/40',
  structurally_hit: 'bg-class-hit-bg text-class-hit-fg ring-class-hit-chart/40',
  stable: 'bg-class-stable-bg text-class-stable-fg ring-class-stable-chart/40',
  unknown: 'bg-class-unknown-bg text-class-unknown-fg ring-class-unknown-chart/40',
};

/**
 * A crisis class, the same badge everywhere (table, quick look, member page, dashboard). Works in
 * server and client components; client callers need the `classes` messages in their provider.
 */
export function ClassBadge({ value, overridden, className }: { value: CrisisClass; overridden?: string; className?: string }) {
  const t = useTranslations('classes');
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        CLASS_BADGE_COLOURS[value],
        className,
      )}
    >
      {t(value)}
      {overridden ? (
        <span role="img" aria-label={overridden} title={overridden}>
          ✎
        </span>
      ) : null}
    </span>
  );
}
