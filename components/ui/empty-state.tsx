import type { ReactNode } from 'react';

/** What a list shows when it has nothing: say why and what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{children}</p>;
}
