import { getTranslations } from '@/lib/i18n/server';

/**
 * Shown while the triage data loads: the shape of the table, announced as busy. A Suspense
 * fallback inside the page, not a loading.tsx: that would start streaming before the page's own
 * authorization, turning its sign-in redirect and 404 into a 200.
 */
export async function TriageSkeleton() {
  const t = await getTranslations('ui');
  return (
    <div aria-busy="true" aria-live="polite" className="flex flex-col gap-4">
      <p className="sr-only">{t('loading')}</p>
      <div className="h-9 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
