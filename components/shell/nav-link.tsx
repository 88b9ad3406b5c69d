'use client';

import type { ReactNode } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { isCurrentItem } from '@/lib/navigation/menu';

/**
 * A sidebar link that marks itself as the current page. The only part of the sidebar that runs in
 * the browser: the layout does not know the address, and must not re-render on every navigation.
 */
export function NavLink({ href, current, children }: { href: string; current?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const active = isCurrentItem({ href, current }, pathname);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      // Joined by hand, not with cx: the frame's client components ship with every page, and cx would add tailwind-merge.
      className={`relative flex min-h-9 items-center gap-3 rounded-md px-2.5 py-1.5 text-sm font-medium ${
        active
          ? 'bg-brand-50 text-brand-900 before:absolute before:inset-y-1.5 before:-left-2 before:w-1 before:rounded-r before:bg-brand-700'
          : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
      }`}
    >
      {children}
    </Link>
  );
}
