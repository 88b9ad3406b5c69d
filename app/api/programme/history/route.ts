import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineRoute } from '@/lib/actions/define-route';
import { PROGRAMME_CSV_FIELDS, programmeCsvResponse } from '@/lib/programme/csv-route';
import { HISTORY_FIGURES, type HistoryFigure } from '@/lib/programme/filter';
import { coachingFigures, scoreFigures, tippedForDownload, tippingFigures, type FigureTable } from '@/lib/programme/history-figures';
import { programmeFilterFor } from '@/lib/programme/viewer-filter';

export const dynamic = 'force-dynamic';

/**
 * A programme figure over time as CSV — the rows of its table view, for the viewer's scope, the
 * page's filters and period: class changes per month or after the first contact, the members who
 * tipped to winner, the score bands and change, the follow-ups per week or per advisor.
 */
export const GET = defineRoute(
  { allow: ['advisor', 'staff'], schema: () => z.strictObject({ figure: z.enum(HISTORY_FIGURES), ...PROGRAMME_CSV_FIELDS }) },
  async (input, { viewer, db, locale }) => {
    const { filter } = await programmeFilterFor(db, viewer, locale, input);
    const now = new Date();
    const tableOf: Record<HistoryFigure, () => Promise<FigureTable>> = {
      months: async () => (await tippingFigures(db, viewer, filter, locale, now)).tables.months,
      contact: async () => (await tippingFigures(db, viewer, filter, locale, now)).tables.contact,
      tipped: async () => (await tippedForDownload(db, viewer, filter, locale, now)).table,
      'score-bands': async () => (await scoreFigures(db, viewer, filter, locale)).tables.bands,
      'score-change': async () => (await scoreFigures(db, viewer, filter, locale)).tables.change,
      weeks: async () => (await coachingFigures(db, viewer, filter, locale, now)).tables.weeks,
      advisors: async () => (await coachingFigures(db, viewer, filter, locale, now)).tables.advisors,
    };
    const [table, t] = await Promise.all([tableOf[input.figure](), getTranslations({ locale, namespace: 'programme' })]);
    return programmeCsvResponse(t(`historyCsvName.${input.figure}`), [table.head, ...table.rows]);
  },
);
