import type { ReactNode } from 'react';

/** A calm information box (for example "your e-mail is confirmed"). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-sm text-brand-900">
      {children}
    </p>
  );
}
