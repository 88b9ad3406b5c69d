import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { memberReportData } from '@/lib/dal/member-report';
import { getTranslations } from '@/lib/i18n/server';
import { reportFileName } from '@/lib/report/file-name';
import { renderMemberReport } from '@/lib/report/render';

export const dynamic = 'force-dynamic';

/**
 * A member downloads the report of their own scan as a PDF: score, peers, crisis class, next
 * steps. `?locale=` picks its language (the member home passes the page's); else the member's own.
 */
export const GET = defineRoute(
  { allow: ['member'], schema: () => z.strictObject({ locale: z.enum(routing.locales).optional() }) },
  async (_input, { viewer, db, locale }) => {
    const data = await memberReportData(db, viewer);
    if (!data) return routeError(404, (await getTranslations({ locale, namespace: 'report' }))('noBusiness'));
    const pdf = await renderMemberReport(data, locale);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${reportFileName(data.madeAt)}"`,
        'Content-Length': String(pdf.length),
        'Cache-Control': 'no-store',
      },
    });
  },
);
