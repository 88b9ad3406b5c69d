import 'server-only';
import { z } from 'zod';
import { routing, type AppLocale } from '@/i18n/routing';
import type { Database } from '@/db/client';
import type { Viewer } from '@/lib/dal/load-viewer';
import { naceDivisions } from '@/lib/dal/nace';
import { PROVINCES } from '@/lib/domain/provinces';
import { csvLine, EXCEL_BE, type CellValue } from '@/lib/member-export/cells';
import { parseProgrammeFilter } from './filter';

/** The query fields every programme CSV route takes: the answer's language and the page's filters. */
export const PROGRAMME_CSV_FIELDS = {
  locale: z.enum(routing.locales).optional(),
  province: z.string().max(10).optional(),
  sector: z.string().max(10).optional(),
};

/**
 * The filters of a CSV request, checked as the page checks them (an unknown value or a province
 * outside the viewer's scope is left out: the download holds what the page then shows), and the
 * NACE divisions in the answer's language.
 */
export async function programmeCsvFilter(db: Database, viewer: Viewer, locale: AppLocale, input: { province?: string; sector?: string }) {
  const divisions = await naceDivisions(db, '2008', locale);
  const provinces: readonly string[] = viewer.role === 'staff' ? PROVINCES : viewer.regions;
  const { filter } = parseProgrammeFilter(input, { provinces, divisions: new Set(divisions.map((d) => d.code)) });
  return { filter, divisions };
}

/** A figure's rows as a CSV download for Belgian Excel (byte-order mark, `;`), never cached. */
export function programmeCsvResponse(fileName: string, rows: CellValue[][]): Response {
  return new Response(`\uFEFF${rows.map((row) => csvLine(row, EXCEL_BE)).join('')}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="kantelpunt-${fileName}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
