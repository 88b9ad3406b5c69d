'use client';

import { Toaster as Sonner } from 'sonner';
// As a stylesheet: sonner's own <style> tag has no nonce, so the content security policy refuses it.
import 'sonner/dist/styles.css';

/** Where background results appear (sonner): bottom right, above the selection bar. */
export function Toaster() {
  return <Sonner position="bottom-right" richColors closeButton offset={72} mobileOffset={16} />;
}
