'use client';

import { createContext, useCallback, useContext, useMemo, useTransition, type ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';
import { triageSearchParams, type TriageQuery } from '@/lib/triage/query';

interface TriageNavigation {
  /** The view on screen (from the URL, parsed by the server). */
  query: TriageQuery;
  /** Shows another view: changes the URL (the one source of truth), keeping the table on screen until the new rows arrive. */
  show: (changes: Partial<TriageQuery>, options?: { replace?: boolean }) => void;
  /** True while the next view is loading. */
  pending: boolean;
}

const Context = createContext<TriageNavigation | null>(null);

/**
 * Shares one navigation between the toolbar and the table, so a filter change in the toolbar dims
 * the table while the server answers. Every change goes back to page 1.
 */
export function TriageNavigationProvider({ query, children }: { query: TriageQuery; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const show = useCallback(
    (changes: Partial<TriageQuery>, options: { replace?: boolean } = {}) => {
      const params = triageSearchParams(query, { page: 1, ...changes }).toString();
      const href = params ? `/advisor?${params}` : '/advisor';
      startTransition(() => (options.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [query, router],
  );
  const value = useMemo(() => ({ query, show, pending }), [query, show, pending]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTriageNavigation(): TriageNavigation {
  const value = useContext(Context);
  if (!value) throw new Error('useTriageNavigation needs a TriageNavigationProvider');
  return value;
}
