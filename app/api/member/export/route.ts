import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { exportOwnData } from '@/lib/dal/member-data';

export const dynamic = 'force-dynamic';

/** A member downloads everything the portal holds about them and their business (GDPR). */
export const GET = defineRoute({ allow: ['member'], schema: () => z.strictObject({}) }, async (_input, { viewer, db }) => {
  const data = await exportOwnData(db, viewer);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="kantelpunt-my-data-${date}.json"`,
    },
  });
});
