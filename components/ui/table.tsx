import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

/** A scrollable table with a sticky header; the caption names it for screen readers. */
export function Table({ caption, captionHidden, children, className }: { caption: string; captionHidden?: boolean; children: ReactNode; className?: string }) {
  return (
    // Focusable and named, so keyboard users can scroll the region (WCAG 2.1.1).
    <div role="region" aria-label={caption} tabIndex={0} className={cx('max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white', className)}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-4 py-2 text-left font-medium'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="sticky top-0 z-10 bg-slate-100 text-slate-800">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-200">{children}</tbody>;
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx('hover:bg-slate-50', className)} {...rest} />;
}

export function Th({ className, scope, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope ?? 'col'} className={cx('px-3 py-2 font-semibold whitespace-nowrap', className)} {...rest} />;
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx('px-3 py-2 align-top', className)} {...rest} />;
}
