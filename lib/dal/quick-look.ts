import 'server-only';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { followUps, users } from '@/db/schema';
import { requireRole } from './access';
import { getBusiness } from './businesses';
import { possibleOwners } from './follow-ups';
import type { Viewer } from './load-viewer';

/**
 * A member's essentials for the triage table's quick look: the business (scoped like the table),
 * its last contact, its next open follow-up and who may own a contact logged there. Null when the viewer may not see it.
 */
export async function quickLook(db: Database, viewer: Viewer | null, businessId: string) {
  requireRole(viewer, ['advisor', 'staff']);
  const business = await getBusiness(db, viewer, businessId);
  if (!business) return null;
  const step = { kind: followUps.kind, at: followUps.dueAt, summary: followUps.summary, owner: users.name };
  const [[lastContact], [nextFollowUp], owners] = await Promise.all([
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
    possibleOwners(db, viewer, business.id),
  ]);
  // A contact logged from the quick look is the viewer's when they cover this member, else the assigned advisor's.
  const defaultOwnerId = owners.find((o) => o.id === viewer?.id)?.id ?? business.assignedAdvisorId ?? owners[0]?.id ?? '';
  return { business, lastContact: lastContact ?? null, nextFollowUp: nextFollowUp ?? null, owners, defaultOwnerId };
}
