'use client';

import { Toaster as Sonner } from 'sonner';

/** Where background results appear (sonner inserts its own styles, allowed by hash: lib/security/library-styles.ts) (sonner): bottom right, above the selection bar. */
export function Toaster() {
  return <Sonner position="bottom-right" closeButton offset={72} mobileOffset={16} />;
}
