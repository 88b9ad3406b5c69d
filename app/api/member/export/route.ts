import { getViewer } from '@/lib/dal/viewer';
import { exportOwnData } from '@/lib/dal/member-data';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/** A member downloads everything the portal holds about them and their business (GDPR). */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  if (viewer.role !== 'member') return Response.json({ error: 'forbidden' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  const data = await exportOwnData(await getDb(), viewer);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="kantelpunt-my-data-${date}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
