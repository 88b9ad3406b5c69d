import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { defineRoute } from '@/lib/actions/define-route';
import { naceDivisions } from '@/lib/dal/nace';

export const dynamic = 'force-dynamic';

/**
 * The NACE divisions in the viewer's language, for the triage table's sector filter: fetched when
 * the filter opens, so the list (about 7 kB) does not travel in every triage page.
 */
export const GET = defineRoute(
  { allow: ['advisor', 'staff'], schema: () => z.strictObject({ locale: z.enum(routing.locales).optional() }) },
  async (_input, { db, locale }) => Response.json(await naceDivisions(db, '2008', locale)),
);
