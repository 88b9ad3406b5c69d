import type { User } from '@/db/schema';
import type nl from '@/messages/nl.json';

export type Role = User['role'];

export interface MenuItem {
  /** Key under `nav` in the message files. */
  key: keyof typeof nl.nav;
  href: string;
  /** Shows how many follow-ups are due (advisors and staff). */
  badge?: 'followUpsDue';
}

const PUBLIC_MENU: MenuItem[] = [
  { key: 'home', href: '/' },
  { key: 'scoreExplained', href: '/digital-score' },
];

const MENU_BY_ROLE: Record<Role, MenuItem[]> = {
  member: [
    { key: 'myBusiness', href: '/member' },
    { key: 'profile', href: '/member/profile' },
    { key: 'channels', href: '/member/channels' },
    { key: 'myData', href: '/member/data' },
  ],
  advisor: [
    { key: 'triage', href: '/advisor' },
    { key: 'followUps', href: '/advisor/follow-ups', badge: 'followUpsDue' },
    { key: 'classification', href: '/advisor/classification' },
  ],
  staff: [
    { key: 'triage', href: '/advisor' },
    { key: 'followUps', href: '/advisor/follow-ups', badge: 'followUpsDue' },
    { key: 'classification', href: '/advisor/classification' },
    { key: 'exports', href: '/advisor/exports' },
    { key: 'imports', href: '/staff/imports' },
    { key: 'users', href: '/staff/users' },
    { key: 'sectorImpacts', href: '/staff/sector-impacts' },
    { key: 'sectors', href: '/staff/sectors' },
    { key: 'outbox', href: '/staff/outbox' },
  ],
};

/** The navigation a viewer sees: the public items, then those of their role. */
export function menuFor(role: Role | null): MenuItem[] {
  return role ? [...PUBLIC_MENU, ...MENU_BY_ROLE[role]] : PUBLIC_MENU;
}
