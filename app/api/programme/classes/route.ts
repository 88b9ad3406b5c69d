import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineRoute } from '@/lib/actions/define-route';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { classFigures } from '@/lib/programme/class-figures';
import { PROGRAMME_CSV_FIELDS, programmeCsvResponse } from '@/lib/programme/csv-route';
import { programmeFilterFor } from '@/lib/programme/viewer-filter';

export const dynamic = 'force-dynamic';

/**
 * A "classes at a glance" figure's data as CSV: the rows of its table view (by province or by
 * sector), for the viewer's scope and the page's filters.
 */
export const GET = defineRoute(
  { allow: ['advisor', 'staff'], schema: () => z.strictObject({ by: z.enum(['province', 'division']), ...PROGRAMME_CSV_FIELDS }) },
  async (input, { viewer, db, locale }) => {
    const { filter, divisions } = await programmeFilterFor(db, viewer, locale, input);
    const [figures, t, tClasses] = await Promise.all([
      classFigures(db, viewer, filter, locale, divisions),
      getTranslations({ locale, namespace: 'programme' }),
      getTranslations({ locale, namespace: 'classes' }),
    ]);
    const bars = input.by === 'province' ? figures.byProvince : figures.bySector;
    const group = t(`group.${input.by}`);
    return programmeCsvResponse(t('csvName', { by: group.toLowerCase() }), [
      [group, ...CRISIS_CLASSES.map((c) => tClasses(c)), t('total')],
      ...bars.map((bar) => [bar.label, ...bar.segments.map((s) => s.businesses), bar.total]),
    ]);
  },
);
