import 'server-only';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { followUps, users } from '@/db/schema';
import { requireRole } from './access';
import { getBusiness } from './businesses';
import type { Viewer } from './load-viewer';

/**
 * A member's essentials for the triage table's quick look: the business (scoped like the table),
 * its last contact and its next open follow-up. Null when the viewer may not see it.
 */
export async function quickLook(db: Database, viewer: Viewer | null, businessId: string) {
  requireRole(viewer, ['advisor', 'staff']);
  const business = await getBusiness(db, viewer, businessId);
  if (!business) return null;
  const step = { kind: followUps.kind, at: followUps.dueAt, summary: followUps.summary, owner: users.name };
  const [[lastContact], [nextFollowUp]] = await Promise.all([
    db
      .select({ ...step, at: followUps.happenedAt })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.ownerId))
      .where(and(eq(followUps.businessId, business.id), eq(followUps.status, 'done'), isNotNull(followUps.happenedAt)))
      .orderBy(desc(followUps.happenedAt))
      .limit(1),
    db
      .select(step)
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.ownerId))
      .where(and(eq(followUps.businessId, business.id), eq(followUps.status, 'open'), isNotNull(followUps.dueAt)))
      .orderBy(asc(followUps.dueAt))
      .limit(1),
  ]);
  return { business, lastContact: lastContact ?? null, nextFollowUp: nextFollowUp ?? null };
}
