import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole } from './access';
import { lockBusinessesInScope } from './assignments';
import type { Viewer } from './load-viewer';

/**
 * Sets the coaching priority of businesses by hand (0–100), or with `null` hands them back to the
 * computed priority. The manual value survives re-classification; the computed one stays stored
 * beside it. All businesses must be within what the viewer may touch, or nothing is written.
 */
export async function setManualPriority(
  db: Database,
  viewer: Viewer | null,
  businessIds: string[],
  priority: number | null,
  ip?: string,
): Promise<{ count: number }> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const targets = await lockBusinessesInScope(tx, who, businessIds);
    const ids = targets.map((t) => t.id);
    await tx
      .update(businesses)
      .set({ manualPriority: priority, coachingPriority: priority ?? sql`${businesses.computedPriority}`, updatedAt: new Date() })
      .where(inArray(businesses.id, ids));
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'business.priority_set',
      entityType: 'business',
      rowCount: ids.length,
      details: { businessIds: ids, priority },
      ip,
    });
    return { count: ids.length };
  });
}
