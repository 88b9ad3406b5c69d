import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { Database } from '@/db/client';
import type { Viewer } from '@/lib/dal/load-viewer';
import { naceDivisions } from '@/lib/dal/nace';
import { PROVINCES } from '@/lib/domain/provinces';
import { parseProgrammeFilter } from './filter';

/**
 * The programme filters of a request (page or CSV download), checked against what the viewer may
 * see: staff every province, an advisor their regions; the sector one of the NACE divisions, which
 * come back in the viewer's language for the page's sector list. An unknown value or a province
 * outside the scope is left out and named in `notices`, so a download holds what the page shows.
 */
export async function programmeFilterFor(db: Database, viewer: Viewer, locale: AppLocale, raw: Record<string, string | string[] | undefined>) {
  const divisions = await naceDivisions(db, '2008', locale);
  const provinces: readonly string[] = viewer.role === 'staff' ? PROVINCES : viewer.regions;
  return { ...parseProgrammeFilter(raw, { provinces, divisions: new Set(divisions.map((d) => d.code)) }), divisions, provinces };
}
