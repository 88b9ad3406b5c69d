import { calendarFeedItems } from '@/lib/dal/calendar-feed';
import { followUpCalendar } from '@/lib/calendar/follow-up-events';
import { appUrl } from '@/lib/config/env';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/**
 * An advisor's private iCalendar feed of their open follow-ups, for Outlook or Google Calendar
 * (which cannot sign in: the secret token in the address is the credential, revocable by the advisor).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await calendarFeedItems(await getDb(), token.replace(/\.ics$/, ''));
  if (!feed) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const body = await followUpCalendar(feed.items, feed.owner.locale, appUrl());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}
