'use client';

import { Dialog as DialogPrimitive } from 'radix-ui';
import { X } from 'lucide-react';
import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/**
 * Modal surfaces: a centred dialog, a side panel (quick look, forms) or a bottom sheet (phone
 * filters). Radix traps focus, restores it on close and closes on Esc.
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

const surface = cva('fixed z-50 flex flex-col bg-white text-slate-900 shadow-xl outline-none', {
  variants: {
    side: {
      center: 'left-1/2 top-1/2 max-h-[90dvh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl',
      right: 'inset-y-0 right-0 w-full max-w-md border-l border-slate-200 sm:max-w-lg',
      left: 'inset-y-0 left-0 w-72 max-w-[85vw] border-r border-slate-200',
      bottom: 'inset-x-0 bottom-0 max-h-[85dvh] rounded-t-xl border-t border-slate-200',
    },
  },
  defaultVariants: { side: 'center' },
});

export interface DialogContentProps extends Omit<ComponentProps<typeof DialogPrimitive.Content>, 'title'>, VariantProps<typeof surface> {
  title: ReactNode;
  /** Read out when the dialog opens; shown under the title unless `hideDescription`. */
  description?: ReactNode;
  /** Accessible name of the close button (translated by the caller's namespace). */
  closeLabel: string;
  /** Extra controls in the title row (e.g. "open full page"). */
  actions?: ReactNode;
}

export function DialogContent({ side, title, description, closeLabel, actions, className, children, ...props }: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
      <DialogPrimitive.Content className={cx(surface({ side }), className)} {...props} {...(description ? {} : { 'aria-describedby': undefined })}>
        <div className="flex items-start gap-3 border-b border-slate-200 px-4 py-3">
          <div className="min-w-0 flex-1">
            <DialogPrimitive.Title className="truncate text-base font-semibold">{title}</DialogPrimitive.Title>
            {description ? <DialogPrimitive.Description className="text-sm text-slate-600">{description}</DialogPrimitive.Description> : null}
          </div>
          {actions}
          <DialogPrimitive.Close
            className="-m-1 inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
            aria-label={closeLabel}
          >
            <X aria-hidden="true" className="size-5" />
          </DialogPrimitive.Close>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-4">{children}</div>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
