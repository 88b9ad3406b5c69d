import { Link } from '@/i18n/navigation';
import { buttonClasses } from './button';

/** Previous/next links that keep the other query parameters. */
export function Pagination({
  pathname,
  query,
  page,
  pages,
  labels,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  pages: number;
  labels: { previous: string; next: string; page: string; nav: string };
}) {
  if (pages <= 1) return null;
  const href = (target: number) => ({
    pathname,
    query: Object.fromEntries(Object.entries({ ...query, page: String(target) }).filter(([, v]) => v)) as Record<string, string>,
  });
  return (
    <nav aria-label={labels.nav} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClasses('secondary', 'sm')} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{labels.page}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClasses('secondary', 'sm')} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
