import { PROVINCES, type Province } from '@/lib/domain/provinces';
import { isPeriodStart } from './periods';

/** The programme figures' filters as the address gives them: `?province=BE-VLI&sector=47&from=2026-01-01`. */
export interface ProgrammeFilter {
  province?: Province;
  /** A two-digit NACE division. */
  sector?: string;
  /** Where the period of the figures over time starts, "2026-01-01" (default: twelve months back). */
  from?: string;
}

/**
 * Reads the filters from the address. A value that is unknown, or a province outside what the
 * viewer may see, is dropped and named in `notices` (the page shows the nearest valid view with a
 * notice rather than an error or an empty page).
 */
export function parseProgrammeFilter(
  raw: Record<string, string | string[] | undefined>,
  allowed: { provinces: readonly string[]; divisions: ReadonlySet<string> },
  now: Date = new Date(),
): { filter: ProgrammeFilter; notices: string[] } {
  const notices: string[] = [];
  const one = (name: string) => {
    const value = raw[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const filter: ProgrammeFilter = {};
  const province = one('province');
  if (province) {
    if ((PROVINCES as readonly string[]).includes(province) && allowed.provinces.includes(province)) filter.province = province as Province;
    else notices.push('province');
  }
  const sector = one('sector');
  if (sector) {
    if (allowed.divisions.has(sector)) filter.sector = sector;
    else notices.push('sector');
  }
  const from = one('from');
  if (from) {
    if (isPeriodStart(from, now)) filter.from = from;
    else notices.push('from');
  }
  return { filter, notices };
}

/** The address of the same figures with these filters (empty ones left out). */
export function programmeSearch(filter: ProgrammeFilter): string {
  const params = new URLSearchParams();
  if (filter.province) params.set('province', filter.province);
  if (filter.sector) params.set('sector', filter.sector);
  if (filter.from) params.set('from', filter.from);
  return params.toString();
}

/**
 * The triage table's address for the members one bar segment counts: the same province, sector
 * and class, so the table shows exactly that many.
 */
export function triageHrefFor(filter: ProgrammeFilter, segment: { province?: string; sector?: string; effectiveClass: string }): string {
  const params = new URLSearchParams();
  const province = segment.province ?? filter.province;
  const sector = segment.sector ?? filter.sector;
  if (province) params.set('province', province);
  if (sector) params.set('sector', sector);
  params.set('class', segment.effectiveClass);
  return `/advisor?${params}`;
}

/** The figures over time that `/api/programme/history` downloads. */
export const HISTORY_FIGURES = ['months', 'contact', 'tipped', 'score-bands', 'score-change', 'weeks', 'advisors'] as const;
export type HistoryFigure = (typeof HISTORY_FIGURES)[number];

/** The CSV download of one figure over time, for the page's filters in the page's language. */
export function historyCsvHref(figure: HistoryFigure, filter: ProgrammeFilter, locale: string): string {
  const params = new URLSearchParams(programmeSearch(filter));
  params.set('figure', figure);
  params.set('locale', locale);
  return `/api/programme/history?${params}`;
}
