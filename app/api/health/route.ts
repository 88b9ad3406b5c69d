import { checkHealth } from '@/lib/server/health';
import { getDatabaseHandle } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/** Load balancers poll this: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const report = await checkHealth(getDatabaseHandle);
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
