import { getTranslations } from '@/lib/i18n/server';
import { routing } from '@/i18n/routing';
import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { plainText } from '@/lib/actions/fields';
import { EXPORT_FORMATS, openExport } from '@/lib/member-export/dal/exports';
import { BUSY_RETRY_AFTER_SECONDS, ExportsBusy } from '@/lib/member-export/dal/slots';
import { EXCEL_BE, STANDARD } from '@/lib/member-export/cells';
import { exportLabels } from '@/lib/member-export/labels';
import { csvStream, memberColumns, xlsxStream } from '@/lib/member-export/member-file';
import { parseTriageQuery } from '@/lib/triage/query';
import { clientIp } from '@/lib/server/request';

export const dynamic = 'force-dynamic';

const TYPES = {
  csv_excel: 'text/csv; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Exports the members of a triage view (or the selected ones) as CSV for Belgian Excel, standard
 * CSV or XLSX, streamed from the database as the download proceeds. Staff, and advisors staff
 * granted the permission (their regions only); the purpose is required and audited. Too many
 * exports at once (per user or on this instance) get a 429 before any byte of the file.
 */
export const POST = defineRoute(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z.strictObject({
        // The language of the file and of the messages (defineRoute reads it); bounded like any field.
        locale: z.enum(routing.locales).optional(),
        format: z.enum(EXPORT_FORMATS, { error: t('choice') }),
        purpose: plainText(t, 300, { required: true }),
        query: z.string().max(2_000).default(''),
        ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(1_000)),
      }),
    forbiddenMessage: async (locale) => (await getTranslations({ locale, namespace: 'exports' }))('notAllowed'),
  },
  async (input, { viewer, db, locale, request }) => {
    const t = await getTranslations({ locale, namespace: 'exports' });
    const query = parseTriageQuery(Object.fromEntries(new URLSearchParams(input.query))).query;
    try {
      const { total, batches } = await openExport(
        db,
        viewer,
        { format: input.format, purpose: input.purpose, query, ids: input.ids },
        locale,
        clientIp(request.headers),
      );
      const columns = memberColumns(await exportLabels(locale));
      const body =
        input.format === 'xlsx'
          ? xlsxStream(batches, columns, t('sheetName'))
          : csvStream(batches, columns, input.format === 'csv_excel' ? EXCEL_BE : STANDARD);
      const date = new Date().toISOString().slice(0, 10);
      return new Response(body, {
        headers: {
          'Content-Type': TYPES[input.format],
          'Content-Disposition': `attachment; filename="kantelpunt-${t('fileName')}-${date}.${input.format === 'xlsx' ? 'xlsx' : 'csv'}"`,
          'X-Total-Rows': String(total),
        },
      });
    } catch (caught) {
      if (caught instanceof ExportsBusy) return routeError(429, t('busy'), { headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } });
      throw caught;
    }
  },
);
