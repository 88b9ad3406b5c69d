import 'server-only';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { csvLine, EXCEL_BE, type CellValue } from '@/lib/member-export/cells';

/** The query fields every programme CSV route takes: the answer's language and the page's filters. */
export const PROGRAMME_CSV_FIELDS = {
  locale: z.enum(routing.locales).optional(),
  province: z.string().max(10).optional(),
  sector: z.string().max(10).optional(),
  from: z.string().max(10).optional(),
};

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
