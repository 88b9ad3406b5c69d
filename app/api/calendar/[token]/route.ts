import { z } from 'zod';
import { defineRoute, routeError } from '@/lib/actions/define-route';
import { calendarFeedItems } from '@/lib/dal/calendar-feed';
import { followUpCalendar } from '@/lib/calendar/follow-up-events';
import { appUrl } from '@/lib/config/env';

export const dynamic = 'force-dynamic';

/**
 * An advisor's private iCalendar feed of their open follow-ups, for Outlook or Google Calendar
 * (which cannot sign in: the secret token in the address is the credential, revocable by the
 * advisor, so no session is read and calendarFeedItems checks the token).
 */
export const GET = defineRoute(
  { allow: 'token', params: z.object({ token: z.string().max(120) }), schema: () => z.strictObject({}) },
  async (_input, { params, db, t }) => {
    const feed = await calendarFeedItems(db, params.token.replace(/\.ics$/, ''));
    if (!feed) return routeError(404, t('not_found'));
    const body = await followUpCalendar(feed.items, feed.owner.locale, appUrl());
    return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store' } });
  },
);
