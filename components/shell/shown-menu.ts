import 'server-only';
import { getTranslations } from '@/lib/i18n/server';
import { menuSections, type MenuViewer } from '@/lib/navigation/menu';
import type { SidebarNavProps } from './sidebar-nav';

/** The sidebar's props for a viewer (null: a visitor), translated on the server. */
export async function shownMenu(viewer: MenuViewer | null, followUpsDue: number): Promise<Omit<SidebarNavProps, 'idPrefix'>> {
  const [tShell, tNav] = await Promise.all([getTranslations('shell'), getTranslations('nav')]);
  return {
    sections: menuSections(viewer).map((section) => ({
      key: section.key,
      label: tNav(`sections.${section.key}`),
      items: section.items.map(({ key, ...item }) => ({ ...item, label: tNav(key) })),
    })),
    label: tShell('mainNavigation'),
    followUpsDue,
    followUpsDueLabel: tNav('followUpsDue', { count: followUpsDue }),
  };
}
