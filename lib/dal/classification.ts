import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, classificationHistory, sectorImpacts, users, type Business } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { classify, priorityFor, type CrisisClass } from '@/lib/domain/classification';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

type Tx = Pick<Database, 'select' | 'update' | 'insert'>;

export async function loadSectorTable(db: Pick<Database, 'select'>) {
  return db.select({ prefix: sectorImpacts.nacePrefix, exposure: sectorImpacts.exposure }).from(sectorImpacts);
}

/**
 * Re-classifies one business after its facts changed, inside the caller's transaction. The stored
 * class, reasons and priority follow; a change of the effective class is kept in the history. The
 * computed priority is the one of the class in force (an advisor's override wins); a manual
 * priority stays.
 */
export async function reclassify(
  tx: Tx,
  business: Business,
  actorId: string | null,
  source: 'computed' | 'sector_change' | 'import' = 'computed',
): Promise<void> {
  const result = classify(business, await loadSectorTable(tx));
  const effective = business.overrideClass ?? result.crisisClass;
  const priority = priorityFor(effective, business);
  await tx
    .update(businesses)
    .set({
      computedClass: result.crisisClass,
      classReasons: result.reasons,
      computedPriority: priority,
      coachingPriority: business.manualPriority ?? priority,
      effectiveClass: effective,
    })
    .where(eq(businesses.id, business.id));
  if (effective !== business.effectiveClass || business.computedClass !== result.crisisClass) {
    await tx.insert(classificationHistory).values({ businessId: business.id, fromClass: business.effectiveClass, toClass: effective, source, actorId });
  }
}

export type OverrideResult = { ok: true } | { ok: false; problem: 'not_found' };

/**
 * An advisor sets a class different from the computed one (or removes the override), with a
 * reason. Both classes stay visible; the change is kept in the history and the audit log. The
 * priority moves into the band of the class now in force, unless an advisor set it by hand.
 */
export async function overrideClass(
  db: Database,
  viewer: Viewer | null,
  businessId: string,
  crisisClass: CrisisClass | null,
  reason: string,
  ip?: string,
): Promise<OverrideResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const [business] = await tx
      .select()
      .from(businesses)
      .where(withinScope(who, eq(businesses.id, businessId)))
      .for('update');
    if (!business) return { ok: false as const, problem: 'not_found' as const };
    const effective = crisisClass ?? business.computedClass;
    const priority = priorityFor(effective, business);
    await tx
      .update(businesses)
      .set({
        overrideClass: crisisClass,
        overrideReason: crisisClass ? reason : null,
        overrideBy: crisisClass ? who.id : null,
        overrideAt: crisisClass ? new Date() : null,
        effectiveClass: effective,
        computedPriority: priority,
        coachingPriority: business.manualPriority ?? priority,
        updatedAt: new Date(),
      })
      .where(eq(businesses.id, business.id));
    await tx
      .insert(classificationHistory)
      .values({ businessId: business.id, fromClass: business.effectiveClass, toClass: effective, source: 'override', reason, actorId: who.id });
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: crisisClass ? 'business.class_overridden' : 'business.class_override_removed',
      entityType: 'business',
      entityId: business.id,
      details: { from: business.effectiveClass, to: effective, reason },
      ip,
    });
    return { ok: true as const };
  });
}

/** A business's class changes, newest first, with who made them (scoped like the business). */
export async function classHistory(db: Database, viewer: Viewer | null, businessId: string) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db
    .select({
      fromClass: classificationHistory.fromClass,
      toClass: classificationHistory.toClass,
      source: classificationHistory.source,
      reason: classificationHistory.reason,
      actor: users.name,
      createdAt: classificationHistory.createdAt,
    })
    .from(classificationHistory)
    .innerJoin(businesses, eq(businesses.id, classificationHistory.businessId))
    .leftJoin(users, eq(users.id, classificationHistory.actorId))
    .where(withinScope(who, eq(classificationHistory.businessId, businessId)))
    .orderBy(desc(classificationHistory.createdAt), desc(classificationHistory.id))
    .limit(100);
}
