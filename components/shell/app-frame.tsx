import type { ReactNode } from 'react';
import type { MenuViewer } from '@/lib/navigation/menu';
import { AccountMenu } from './account-menu';
import { Brand } from './brand';
import { LocaleSwitcher } from './locale-switcher';
import { MobileNav, SidebarNav, SidebarToggle } from './frame-widgets';
import { shownMenu } from './shown-menu';
import { SiteFooter } from './site-footer';

export interface AppFrameProps {
  viewer: MenuViewer & { name: string };
  followUpsDue: number;
  /** The desktop sidebar shows only icons (the viewer's choice, kept in a cookie). */
  collapsed: boolean;
  children: ReactNode;
}

/**
 * The frame of every page a signed-in user sees: the role's sidebar on the left (a drawer on
 * phones), a one-row top bar with the language switch and the account menu, and the page at full
 * width (reading pages centre themselves).
 */
export async function AppFrame({ viewer, followUpsDue, collapsed, children }: AppFrameProps) {
  const menu = await shownMenu(viewer, followUpsDue);
  return (
    <div data-sidebar={collapsed ? 'collapsed' : 'expanded'} className="group/frame flex min-h-screen">
      <aside
        id="sidebar"
        className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col border-r border-slate-200 bg-white md:flex group-data-[sidebar=collapsed]/frame:w-16"
      >
        <div className="flex h-14 shrink-0 items-center border-b border-slate-200 px-4">
          <Brand compact />
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-3 py-4">
          <SidebarNav {...menu} idPrefix="sidebar" />
        </div>
        <div className="shrink-0 border-t border-slate-200 p-3">
          <SidebarToggle collapsed={collapsed} controls="sidebar" />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 sm:px-4 md:px-6">
          <div className="flex min-w-0 items-center gap-1 md:hidden">
            <MobileNav>
              <SidebarNav {...menu} idPrefix="drawer" />
            </MobileNav>
            <Brand />
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
            <LocaleSwitcher />
            <AccountMenu viewer={viewer} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="w-full flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
        <SiteFooter framed />
      </div>
    </div>
  );
}
