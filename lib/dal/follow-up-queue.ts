import 'server-only';
import { and, asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, followUps, users } from '@/db/schema';
import { startOfBrusselsDay } from '@/lib/domain/brussels-time';
import { queueBucket, type QueueBucket } from '@/lib/domain/follow-up-queue';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

export interface QueueItem {
  id: string;
  version: number;
  businessId: string;
  businessName: string;
  locality: string | null;
  kind: (typeof followUps.$inferSelect)['kind'];
  dueAt: Date;
  nextStep: string | null;
  nextStepShared: boolean;
  /** Set when the contact was logged before it was completed (the completion form keeps it). */
  happenedAt: Date | null;
  ownerId: string;
  ownerName: string;
  bucket: QueueBucket;
}

/**
 * Open follow-ups with a due date, soonest first, sorted into overdue / today / this week / later.
 * Advisors see their own (within their regions); staff see one advisor's (`ownerId`) or everyone's.
 */
export async function followUpQueue(db: Database, viewer: Viewer | null, options: { ownerId?: string; now?: Date } = {}): Promise<QueueItem[]> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const ownerId = who.role === 'advisor' ? who.id : options.ownerId;
  const now = options.now ?? new Date();
  const rows = await db
    .select({
      id: followUps.id,
      version: followUps.version,
      businessId: businesses.id,
      businessName: businesses.name,
      locality: businesses.locality,
      kind: followUps.kind,
      dueAt: followUps.dueAt,
      nextStep: followUps.nextStep,
      nextStepShared: followUps.nextStepShared,
      happenedAt: followUps.happenedAt,
      ownerId: followUps.ownerId,
      ownerName: users.name,
    })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .where(withinScope(who, and(eq(followUps.status, 'open'), sql`${followUps.dueAt} is not null`, ownerId ? eq(followUps.ownerId, ownerId) : undefined)))
    .orderBy(asc(followUps.dueAt), asc(followUps.id))
    .limit(500);
  return rows.map((row) => ({ ...row, dueAt: row.dueAt!, bucket: queueBucket(row.dueAt!, now) }));
}

/**
 * What needs attention today, for the navigation: the viewer's open follow-ups due before
 * tomorrow (overdue ones included). Staff, who own none, get everyone's overdue ones.
 */
export async function followUpsDueCount(db: Database, viewer: Viewer | null, now = new Date()): Promise<number> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const mine = who.role === 'advisor';
  const [row] = await db
    .select({ n: count() })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .where(
      withinScope(
        who,
        and(
          eq(followUps.status, 'open'),
          lt(followUps.dueAt, mine ? startOfBrusselsDay(now, 1) : startOfBrusselsDay(now)),
          mine ? eq(followUps.ownerId, who.id) : undefined,
        ),
      ),
    );
  return row?.n ?? 0;
}
