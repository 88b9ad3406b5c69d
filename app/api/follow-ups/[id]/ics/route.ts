import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { getFollowUp } from '@/lib/dal/follow-ups';
import { followUpCalendar } from '@/lib/calendar/follow-up-events';
import { appUrl } from '@/lib/config/env';

export const dynamic = 'force-dynamic';

/** One scheduled follow-up as an .ics invitation, for an advisor or staff member who may see its member. */
export const GET = defineRoute(
  { allow: ['advisor', 'staff'], params: z.object({ id: z.uuid() }), schema: () => z.strictObject({}) },
  async (_input, { viewer, db, params, t }) => {
    const found = await getFollowUp(db, viewer, params.id);
    if (!found || !found.followUp.dueAt || found.followUp.status !== 'open') return routeError(404, t('not_found'));
    const { followUp, businessName } = found;
    const body = await followUpCalendar([{ ...followUp, dueAt: followUp.dueAt!, businessName }], viewer.locale, appUrl());
    return new Response(body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="kantelpunt-follow-up-${followUp.id.slice(0, 8)}.ics"`,
      },
    });
  },
);
