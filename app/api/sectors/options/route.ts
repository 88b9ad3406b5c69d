import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { defineRoute } from '@/lib/actions/define-route';
import { activeNaceVersion, naceOptions } from '@/lib/dal/nace';

export const dynamic = 'force-dynamic';

/**
 * Every NACE code of the active catalogue with its search text, for the quick scan's sector
 * picker: public reference data, fetched when the visitor starts typing, so the scan's page
 * carries only the divisions (the whole list would weigh on a phone's first load).
 */
export const GET = defineRoute(
  { allow: 'anyone', schema: () => z.strictObject({ locale: z.enum(routing.locales).optional() }) },
  async (_input, { db, locale }) => Response.json(await naceOptions(db, await activeNaceVersion(db), locale)),
);
