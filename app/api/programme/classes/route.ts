import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getTranslations } from '@/lib/i18n/server';
import { defineRoute } from '@/lib/actions/define-route';
import { naceDivisions } from '@/lib/dal/nace';
import { PROVINCES } from '@/lib/domain/provinces';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { classFigures } from '@/lib/programme/class-figures';
import { parseProgrammeFilter } from '@/lib/programme/filter';
import { csvLine, EXCEL_BE } from '@/lib/member-export/cells';

export const dynamic = 'force-dynamic';

/**
 * A "classes at a glance" figure's data as CSV for Belgian Excel: the rows of its table view (by
 * province or by sector), for the viewer's scope and the page's filters.
 */
export const GET = defineRoute(
  {
    allow: ['advisor', 'staff'],
    schema: () =>
      z.strictObject({
        by: z.enum(['province', 'division']),
        locale: z.enum(routing.locales).optional(),
        province: z.string().max(10).optional(),
        sector: z.string().max(10).optional(),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const divisions = await naceDivisions(db, '2008', locale);
    const provinces: readonly string[] = viewer.role === 'staff' ? PROVINCES : viewer.regions;
    // The page's rule: an unknown filter is left out, the same figures as the page then shows.
    const { filter } = parseProgrammeFilter(input, { provinces, divisions: new Set(divisions.map((d) => d.code)) });
    const [figures, t, tClasses] = await Promise.all([
      classFigures(db, viewer, filter, locale, divisions),
      getTranslations({ locale, namespace: 'programme' }),
      getTranslations({ locale, namespace: 'classes' }),
    ]);
    const bars = input.by === 'province' ? figures.byProvince : figures.bySector;
    const header = csvLine([t(`group.${input.by}`), ...CRISIS_CLASSES.map((c) => tClasses(c)), t('total')], EXCEL_BE);
    const lines = bars.map((bar) => csvLine([bar.label, ...bar.segments.map((s) => s.businesses), bar.total], EXCEL_BE));
    const name = t('csvName', { by: t(`group.${input.by}`).toLowerCase() });
    return new Response(`\uFEFF${header}${lines.join('')}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="kantelpunt-${name}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
