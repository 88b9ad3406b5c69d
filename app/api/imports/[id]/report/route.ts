import { getTranslations } from '@/lib/i18n/server';
import { routing } from '@/i18n/routing';
import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { getMemberImport, importReportBatches } from '@/lib/member-import/dal/imports';
import { csvLine, EXCEL_BE } from '@/lib/member-export/cells';

export const dynamic = 'force-dynamic';

/**
 * The dry run's full report as CSV for Belgian Excel: every row with what happens to it and why, in the viewer's
 * language. Staff only; streamed a batch at a time.
 */
export const GET = defineRoute(
  {
    allow: ['staff'],
    params: z.object({ id: z.uuid() }),
    schema: () => z.strictObject({ locale: z.enum(routing.locales).optional() }),
    forbiddenMessage: async (locale) => (await getTranslations({ locale, namespace: 'imports' }))('notAllowed'),
  },
  async (_input, { viewer, db, locale, params: { id } }) => {
    const t = await getTranslations({ locale, namespace: 'imports' });
    const upload = await getMemberImport(db, viewer, id);
    if (!upload) return routeError(404, t('startError.not_found'));
    const batches = importReportBatches(db, viewer, id);
    const encoder = new TextEncoder();
    const header = csvLine(
      (['row', 'enterpriseNumber', 'name', 'action', 'problems', 'changes'] as const).map((key) => t(`reportHeader.${key}`)),
      EXCEL_BE,
    );
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
            [
              r.rowNumber,
              r.enterpriseNumber,
              r.name,
              t(`actions.${r.action}`),
              r.problems.map((p) => t(`problems.${p}` as 'problems.checksum')).join(' '),
              r.changes.map((f) => t(`fields.${f}` as 'fields.name')).join(', '),
            ],
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
    return new Response(body, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="kantelpunt-${t('reportFile')}-${date}.csv"` },
    });
  },
);
