import { useTranslations } from 'next-intl';
import type { CrisisClass } from '@/lib/domain/classification';
import { cx } from '@/components/ui/cx';

/**
 * A crisis class, the same badge everywhere (table, quick look, member page, dashboard). Works in
 * server and client components; client callers need the `classes` messages in their provider.
 */
export function ClassBadge({ value, overridden, className }: { value: CrisisClass; overridden?: string; className?: string }) {
  const t = useTranslations('classes');
  return (
    <span
      // Its look is the `class-badge` rule in app/globals.css (one short class name, as it repeats in every table row).
      className={cx('class-badge', className)}
      data-class={value}
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
