import { getTranslations } from '@/lib/i18n/server';
import { requestedLocale, routing } from '@/i18n/routing';
import { z } from 'zod';
import { plainText } from '@/lib/actions/fields';
import { formToObject } from '@/lib/actions/form-data';
import { AccessDenied } from '@/lib/dal/access';
import { EXPORT_FORMATS, openExport } from '@/lib/dal/exports';
import { BUSY_RETRY_AFTER_SECONDS, ExportsBusy } from '@/lib/dal/export-slots';
import { getViewer } from '@/lib/dal/viewer';
import { EXCEL_BE, STANDARD } from '@/lib/export/cells';
import { exportLabels } from '@/lib/export/labels';
import { csvStream, memberColumns, xlsxStream } from '@/lib/export/member-file';
import { parseTriageQuery } from '@/lib/triage/query';
import { getDb } from '@/lib/server/database';
import { clientIp, sameOrigin } from '@/lib/server/request';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };
const TYPES = { csv_excel: 'text/csv; charset=utf-8', csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * Exports the members of a triage view (or the selected ones) as CSV for Belgian Excel, standard
 * CSV or XLSX, streamed from the database as the download proceeds. Staff, and advisors staff
 * granted the permission (their regions only); the purpose is required and audited. Too many
 * exports at once (per user or on this instance) get a 429 before any byte of the file.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const locale = requestedLocale(String(form.get('locale') ?? ''));
  const [t, tValidation] = await Promise.all([getTranslations({ locale, namespace: 'exports' }), getTranslations({ locale, namespace: 'validation' })]);
  const error = (status: number, message: string, fieldErrors?: Record<string, string>) => Response.json({ message, fieldErrors }, { status, headers: noStore });

  const viewer = await getViewer();
  if (!viewer) return error(401, tValidation('unauthenticated'));
  if (!sameOrigin(request)) return error(403, tValidation('forbidden'));

  const schema = z.strictObject({
    // Already read above; listed so the strict schema accepts it, and bounded like any field.
    locale: z.enum(routing.locales).optional(),
    format: z.enum(EXPORT_FORMATS, { error: tValidation('choice') }),
    purpose: plainText(tValidation, 300, { required: true }),
    query: z.string().max(2_000).default(''),
    ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(1_000)),
  });
  const parsed = schema.safeParse(formToObject(form));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'form'), issue.message]));
    return error(400, tValidation('fixFields'), fieldErrors);
  }
  const input = parsed.data;
  const query = parseTriageQuery(Object.fromEntries(new URLSearchParams(input.query))).query;

  try {
    const { total, batches } = await openExport(await getDb(), viewer, { format: input.format, purpose: input.purpose, query, ids: input.ids }, locale, clientIp(request.headers));
    const columns = memberColumns(await exportLabels(locale));
    const body = input.format === 'xlsx' ? xlsxStream(batches, columns, t('sheetName')) : csvStream(batches, columns, input.format === 'csv_excel' ? EXCEL_BE : STANDARD);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        'Content-Type': TYPES[input.format],
        'Content-Disposition': `attachment; filename="kantelpunt-${t('fileName')}-${date}.${input.format === 'xlsx' ? 'xlsx' : 'csv'}"`,
        'X-Total-Rows': String(total),
        ...noStore,
      },
    });
  } catch (caught) {
    if (caught instanceof AccessDenied) return error(caught.kind === 'unauthenticated' ? 401 : 403, t('notAllowed'));
    if (caught instanceof ExportsBusy) {
      return Response.json({ message: t('busy') }, { status: 429, headers: { ...noStore, 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } });
    }
    throw caught;
  }
}
