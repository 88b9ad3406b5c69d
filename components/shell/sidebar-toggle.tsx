'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { SIDEBAR_COOKIE } from '@/lib/navigation/sidebar';

/**
 * Collapses the desktop sidebar to its icons. The choice goes in a cookie, so the server renders
 * the next page the same way from its first byte (no jump), and flips the frame's data-sidebar
 * here, so nothing has to be fetched again.
 */
export function SidebarToggle({ collapsed: initiallyCollapsed, controls }: { collapsed: boolean; controls: string }) {
  const t = useTranslations('shell.frame');
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const toggle = (button: HTMLButtonElement) => {
    const next = !collapsed;
    setCollapsed(next);
    document.cookie = `${SIDEBAR_COOKIE}=${next ? 'collapsed' : 'expanded'}; path=/; max-age=31536000; samesite=lax`;
    button.closest<HTMLElement>('[data-sidebar]')?.setAttribute('data-sidebar', next ? 'collapsed' : 'expanded');
  };
  const Icon = collapsed ? PanelLeftOpen : PanelLeftClose;
  return (
    <button
      type="button"
      aria-controls={controls}
      aria-expanded={!collapsed}
      onClick={(event) => toggle(event.currentTarget)}
      className="flex min-h-9 w-full items-center gap-3 rounded-md px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <Icon aria-hidden="true" className="size-4.5 shrink-0" />
      <span className="group-data-[sidebar=collapsed]/frame:sr-only">{collapsed ? t('expandSidebar') : t('collapseSidebar')}</span>
    </button>
  );
}
