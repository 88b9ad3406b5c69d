'use client';

import type { MenuItem, MenuSection } from '@/lib/navigation/menu';
import { NAV_ICONS } from './nav-icons';
import { NavLink } from './nav-link';

/** A menu section as the sidebar shows it: the labels already in the viewer's language (see shownMenu). */
interface ShownSection {
  key: MenuSection['key'];
  label: string;
  items: Array<Omit<MenuItem, 'key'> & { label: string }>;
}

export interface SidebarNavProps {
  sections: ShownSection[];
  /** The nav's accessible name. */
  label: string;
  /** Follow-ups due today or overdue, shown beside the follow-ups item, and what a screen reader hears for it. */
  followUpsDue: number;
  followUpsDueLabel: string;
  /** Distinguishes the ids of the desktop sidebar and the phone drawer, which are both in the page. */
  idPrefix: string;
}

/**
 * The role's sections of links. In the collapsed desktop sidebar (the frame's data-sidebar) only
 * the icons show; the labels stay for screen readers. A client component fed with plain data: the
 * sidebar and the phone drawer pass the same sections, which travel once in the page's payload
 * (server-rendered icons would send each one's drawing, twice).
 */
export function SidebarNav({ sections, label, followUpsDue, followUpsDueLabel, idPrefix }: SidebarNavProps) {
  return (
    <nav aria-label={label} className="flex flex-col gap-5">
      {sections.map((section) => (
        <div key={section.key}>
          <p
            id={`${idPrefix}-${section.key}`}
            className="mb-1 px-2.5 text-xs font-semibold uppercase tracking-wide text-slate-500 group-data-[sidebar=collapsed]/frame:sr-only"
          >
            {section.label}
          </p>
          <ul aria-labelledby={`${idPrefix}-${section.key}`} className="flex flex-col gap-0.5">
            {section.items.map((item) => {
              const Icon = NAV_ICONS[item.icon];
              const due = item.badge === 'followUpsDue' && followUpsDue > 0;
              return (
                <li key={item.href}>
                  <NavLink href={item.href} current={item.current}>
                    <Icon aria-hidden="true" className="size-4.5 shrink-0" />
                    <span className="min-w-0 flex-1 truncate group-data-[sidebar=collapsed]/frame:sr-only">{item.label}</span>
                    {due ? (
                      <span
                        className="rounded-full bg-red-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white group-data-[sidebar=collapsed]/frame:absolute group-data-[sidebar=collapsed]/frame:-top-0.5 group-data-[sidebar=collapsed]/frame:right-0"
                        data-testid="follow-ups-due"
                      >
                        <span aria-hidden="true">{followUpsDue}</span>
                        <span className="sr-only">{followUpsDueLabel}</span>
                      </span>
                    ) : null}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
