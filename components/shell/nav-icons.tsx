import type { LucideIcon } from 'lucide-react';
import {
  CalendarCheck,
  ChartBarStacked,
  ChartColumn,
  Database,
  Download,
  Gauge,
  House,
  ListFilter,
  ListTree,
  Mail,
  Settings,
  Share2,
  Store,
  Tags,
  Upload,
  UserRound,
  Users,
} from 'lucide-react';
import type { MenuIcon } from '@/lib/navigation/menu';

/** The lucide icon of each menu item (lib/navigation/menu.ts names them, so that file stays free of React). */
export const NAV_ICONS: Record<MenuIcon, LucideIcon> = {
  home: House,
  score: Gauge,
  business: Store,
  profile: UserRound,
  channels: Share2,
  data: Database,
  triage: ListFilter,
  programme: ChartBarStacked,
  followUps: CalendarCheck,
  classification: Tags,
  exports: Download,
  imports: Upload,
  users: Users,
  sectorImpacts: ChartColumn,
  sectors: ListTree,
  outbox: Mail,
  settings: Settings,
};
