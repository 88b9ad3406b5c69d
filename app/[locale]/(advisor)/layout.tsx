import type { ReactNode } from 'react';
import { Toaster } from '@/components/ui/toaster';

/**
 * The advisors' pages (triage, follow-ups, programme, business records) are the only ones that
 * show toasts. Mounted here rather than in the locale layout, so visitors and members (the quick
 * scan on a phone above all) do not load the toast library.
 */
export default function AdvisorAreaLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster />
    </>
  );
}
