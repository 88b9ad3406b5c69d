import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, classificationHistory, sectorImpacts, type Business } from '@/db/schema';
import { classify } from '@/lib/domain/classification';

type Tx = Pick<Database, 'select' | 'update' | 'insert'>;

export async function loadSectorTable(db: Pick<Database, 'select'>) {
  return db.select({ prefix: sectorImpacts.nacePrefix, exposure: sectorImpacts.exposure }).from(sectorImpacts);
}

/**
 * Re-classifies one business after its facts changed, inside the caller's transaction. The stored
 * class, reasons and priority follow; a change of the effective class is kept in the history.
 */
export async function reclassify(tx: Tx, business: Business, actorId: string | null, source: 'computed' | 'sector_change' | 'import' = 'computed'): Promise<void> {
  const result = classify(business, await loadSectorTable(tx));
  const effective = business.overrideClass ?? result.crisisClass;
  await tx
    .update(businesses)
    .set({ computedClass: result.crisisClass, classReasons: result.reasons, coachingPriority: result.priority, effectiveClass: effective })
    .where(eq(businesses.id, business.id));
  if (effective !== business.effectiveClass || business.computedClass !== result.crisisClass) {
    await tx.insert(classificationHistory).values({ businessId: business.id, fromClass: business.effectiveClass, toClass: effective, source, actorId });
  }
}
