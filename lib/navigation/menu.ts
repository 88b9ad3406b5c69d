import type { User } from '@/db/schema';
import type nl from '@/messages/nl.json';

export type Role = User['role'];

/** The icon the sidebar shows beside an item (components/shell/nav-icons.tsx maps it to a lucide icon). */
export type MenuIcon =
  | 'home'
  | 'score'
  | 'business'
  | 'profile'
  | 'channels'
  | 'data'
  | 'triage'
  | 'programme'
  | 'followUps'
  | 'classification'
  | 'exports'
  | 'imports'
  | 'users'
  | 'sectorImpacts'
  | 'sectors'
  | 'outbox'
  | 'settings';

export interface MenuItem {
  /** Key under `nav` in the message files. */
  key: Exclude<keyof typeof nl.nav, 'sections' | 'followUpsDue'>;
  href: string;
  icon: MenuIcon;
  /** Shows how many follow-ups are due (advisors and staff). */
  badge?: 'followUpsDue';
  /**
   * Where the item counts as the current page, besides its own address: path prefixes. Without it,
   * every page under the item's address does; a start page lists only the sub-pages that belong to it.
   */
  current?: string[];
}

export interface MenuSection {
  /** Key under `nav.sections` in the message files. */
  key: keyof typeof nl.nav.sections;
  items: MenuItem[];
}

/** Who the menu is for: the role, and for an advisor whether they may export. */
export interface MenuViewer {
  role: Role;
  canExport: boolean;
}

const HOME: MenuItem = { key: 'home', href: '/', icon: 'home', current: [] };
const SCORE_EXPLAINED: MenuItem = { key: 'scoreExplained', href: '/digital-score', icon: 'score' };

const MEMBER: MenuItem[] = [
  { key: 'myBusiness', href: '/member', icon: 'business', current: [] },
  { key: 'profile', href: '/member/profile', icon: 'profile' },
  { key: 'channels', href: '/member/channels', icon: 'channels' },
  { key: 'myData', href: '/member/data', icon: 'data' },
];

const WORK: MenuItem[] = [
  // A business page is opened from the triage list: it belongs there.
  { key: 'triage', href: '/advisor', icon: 'triage', current: ['/advisor/businesses'] },
  { key: 'programme', href: '/advisor/programme', icon: 'programme' },
  { key: 'followUps', href: '/advisor/follow-ups', icon: 'followUps', badge: 'followUpsDue' },
  { key: 'classification', href: '/advisor/classification', icon: 'classification' },
];

const EXPORTS: MenuItem = { key: 'exports', href: '/advisor/exports', icon: 'exports' };
const IMPORTS: MenuItem = { key: 'imports', href: '/staff/imports', icon: 'imports' };

const ADMIN: MenuItem[] = [
  { key: 'users', href: '/staff/users', icon: 'users' },
  { key: 'sectorImpacts', href: '/staff/sector-impacts', icon: 'sectorImpacts' },
  { key: 'sectors', href: '/staff/sectors', icon: 'sectors' },
  { key: 'outbox', href: '/staff/outbox', icon: 'outbox' },
  { key: 'settings', href: '/staff/settings', icon: 'settings' },
];

/** The sidebar of a signed-in viewer: their role's sections first, the public pages last. */
export function menuSections(viewer: MenuViewer | null): MenuSection[] {
  const info: MenuSection = { key: 'info', items: [HOME, SCORE_EXPLAINED] };
  if (!viewer) return [info];
  if (viewer.role === 'member') return [{ key: 'member', items: MEMBER }, info];
  // Staff may always export (load-viewer.ts); an advisor only when staff allowed it.
  const data = viewer.role === 'staff' ? [EXPORTS, IMPORTS] : viewer.canExport ? [EXPORTS] : [];
  return [
    { key: 'work', items: WORK },
    ...(data.length > 0 ? [{ key: 'data' as const, items: data }] : []),
    ...(viewer.role === 'staff' ? [{ key: 'admin' as const, items: ADMIN }] : []),
    info,
  ];
}

/** Every item of a viewer's menu, in order. */
export function menuFor(viewer: MenuViewer | null): MenuItem[] {
  return menuSections(viewer).flatMap((section) => section.items);
}

/** Whether `item` is the page at `pathname` (without the locale), or the page it belongs to. */
export function isCurrentItem(item: Pick<MenuItem, 'href' | 'current'>, pathname: string): boolean {
  if (pathname === item.href) return true;
  return (item.current ?? [item.href]).some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
