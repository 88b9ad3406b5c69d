import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { exportOwnData } from '@/lib/dal/member-data';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/** A member downloads everything the portal holds about them and their business (GDPR). */
export const GET = defineRoute({ allow: ['member'], schema: () => z.strictObject({}) }, async (_input, { viewer }) => {
  const data = await exportOwnData(await getDb(), viewer);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="kantelpunt-my-data-${date}.json"`,
    },
  });
});
