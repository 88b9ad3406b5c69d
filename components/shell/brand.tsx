import { getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { cx } from '@/components/ui/cx';

/** The mark of app/icon.svg: a tilting bar over a pivot, "kantelpunt" being a tipping point. */
function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cx('size-8 shrink-0', className)}>
      <rect width="32" height="32" rx="7" fill="#0f5f66" />
      <path d="M6 20.5 26 12" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <path d="M16 17.5 11.5 25h9z" fill="#a9dadb" />
    </svg>
  );
}

/**
 * The logo linking home. `compact` hides the name in the collapsed sidebar; `markOnPhone` shows
 * only the mark on a phone, where the public header also holds the language switch and "sign in".
 */
export async function Brand({ compact = false, tagline = false, markOnPhone = false }: { compact?: boolean; tagline?: boolean; markOnPhone?: boolean }) {
  const t = await getTranslations('shell');
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded-md">
      <BrandMark />
      <span className={cx('flex min-w-0 flex-col leading-tight', compact && 'group-data-[sidebar=collapsed]/frame:sr-only', markOnPhone && 'max-sm:sr-only')}>
        <span className="truncate text-base font-bold text-brand-800">{t('brand')}</span>
        {tagline ? <span className="hidden truncate text-xs text-slate-600 sm:block">{t('brandTagline')}</span> : null}
      </span>
    </Link>
  );
}
