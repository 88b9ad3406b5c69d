import { getTranslations } from '@/lib/i18n/server';
import { requestedLocale } from '@/i18n/routing';
import { AccessDenied } from '@/lib/dal/access';
import { getMemberImport, importReportBatches } from '@/lib/dal/member-imports';
import { getViewer } from '@/lib/dal/viewer';
import { csvLine, EXCEL_BE } from '@/lib/export/cells';
import { getDb } from '@/lib/server/database';
import { routeId } from '@/lib/validation/ids';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * The dry run's full report as CSV for Belgian Excel: every row with what happens to it and why, in the viewer's
 * language. Staff only; streamed a batch at a time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = requestedLocale(new URL(request.url).searchParams.get('locale'));
  const [t, tValidation] = await Promise.all([getTranslations({ locale, namespace: 'imports' }), getTranslations({ locale, namespace: 'validation' })]);
  const error = (status: number, message: string) => Response.json({ message }, { status, headers: noStore });

  const viewer = await getViewer();
  if (!viewer) return error(401, tValidation('unauthenticated'));
  const id = routeId((await params).id);
  if (!id) return error(404, t('startError.not_found'));
  const db = await getDb();
  try {
    const upload = await getMemberImport(db, viewer, id);
    if (!upload) return error(404, t('startError.not_found'));
    const batches = importReportBatches(db, viewer, id);
    const encoder = new TextEncoder();
    const header = csvLine((['row', 'enterpriseNumber', 'name', 'action', 'problems', 'changes'] as const).map((key) => t(`reportHeader.${key}`)), EXCEL_BE);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${header}`));
      },
      async pull(controller) {
        const next = await batches.next();
        if (next.done) return controller.close();
        let text = '';
        for (const r of next.value) {
          text += csvLine(
            [r.rowNumber, r.enterpriseNumber, r.name, t(`actions.${r.action}`), r.problems.map((p) => t(`problems.${p}` as 'problems.checksum')).join(' '), r.changes.map((f) => t(`fields.${f}` as 'fields.name')).join(', ')],
            EXCEL_BE,
          );
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    const date = new Date().toISOString().slice(0, 10);
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="kantelpunt-${t('reportFile')}-${date}.csv"`, ...noStore } });
  } catch (caught) {
    if (caught instanceof AccessDenied) return error(caught.kind === 'unauthenticated' ? 401 : 403, t('notAllowed'));
    throw caught;
  }
}
