'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { cx } from './cx';

export type ToastTone = 'success' | 'error' | 'info';

interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastApi {
  show(message: string, tone?: ToastTone): void;
}

const ToastContext = createContext<ToastApi | null>(null);

const TONES: Record<ToastTone, string> = {
  success: 'border-green-700 bg-green-50 text-green-900',
  error: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-brand-700 bg-brand-50 text-brand-900',
};

let nextId = 1;

/**
 * Notifications announced through a polite live region (errors assertively); they stay until
 * dismissed or for 8 seconds, long enough to read.
 */
export function ToastProvider({ children, regionLabel, dismissLabel }: { children: ReactNode; regionLabel: string; dismissLabel: string }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const dismiss = useCallback((id: number) => setItems((current) => current.filter((item) => item.id !== id)), []);
  const show = useCallback(
    (message: string, tone: ToastTone = 'info') => {
      const id = nextId++;
      setItems((current) => [...current, { id, tone, message }]);
      setTimeout(() => dismiss(id), 8_000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section aria-label={regionLabel} className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
        <div aria-live="polite" className="flex flex-col gap-2">
          {items.filter((item) => item.tone !== 'error').map((item) => (
            <ToastMessage key={item.id} item={item} dismissLabel={dismissLabel} onDismiss={dismiss} />
          ))}
        </div>
        <div aria-live="assertive" className="flex flex-col gap-2">
          {items.filter((item) => item.tone === 'error').map((item) => (
            <ToastMessage key={item.id} item={item} dismissLabel={dismissLabel} onDismiss={dismiss} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastMessage({ item, dismissLabel, onDismiss }: { item: ToastItem; dismissLabel: string; onDismiss: (id: number) => void }) {
  return (
    <div className={cx('pointer-events-auto flex max-w-sm items-start gap-3 rounded-md border-l-4 px-4 py-3 shadow-md', TONES[item.tone])}>
      <p className="text-sm">{item.message}</p>
      <button type="button" onClick={() => onDismiss(item.id)} aria-label={dismissLabel} className="ml-auto text-lg leading-none">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
