import { getViewer } from '@/lib/dal/viewer';
import { getFollowUp } from '@/lib/dal/follow-ups';
import { followUpCalendar } from '@/lib/calendar/follow-up-events';
import { appUrl } from '@/lib/config/env';
import { getDb } from '@/lib/server/database';
import { routeId } from '@/lib/validation/ids';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** One scheduled follow-up as an .ics invitation, for an advisor or staff member who may see its member. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: noStore });
  if (viewer.role === 'member') return Response.json({ error: 'forbidden' }, { status: 403, headers: noStore });
  const id = routeId((await params).id);
  const found = id ? await getFollowUp(await getDb(), viewer, id) : null;
  if (!found || !found.followUp.dueAt || found.followUp.status !== 'open') return Response.json({ error: 'not_found' }, { status: 404, headers: noStore });
  const { followUp, businessName } = found;
  const body = await followUpCalendar([{ ...followUp, dueAt: followUp.dueAt!, businessName }], viewer.locale, appUrl());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="kantelpunt-follow-up-${followUp.id.slice(0, 8)}.ics"`,
      ...noStore,
    },
  });
}
