import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { advisorRegions, businesses, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

/** Active advisors who cover at least one of the viewer's provinces (staff: every active advisor). */
export async function assignableAdvisors(db: Database, viewer: Viewer | null): Promise<Array<{ id: string; name: string }>> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const covering = who.role === 'staff' ? sql`true` : inArray(advisorRegions.province, who.regions.length ? who.regions : ['BE-BRU']);
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(advisorRegions, eq(advisorRegions.userId, users.id))
    .where(and(eq(users.role, 'advisor'), eq(users.status, 'active'), who.role === 'staff' || who.regions.length ? covering : sql`false`))
    .orderBy(asc(users.name));
  return rows;
}

/**
 * Locks the businesses a bulk action is about. Every one of them must be within what the viewer
 * may touch; one outside means the whole request is refused (a forged id), nothing written.
 */
export async function lockBusinessesInScope(tx: Transaction, who: Viewer, businessIds: string[]) {
  const targets = await tx
    .select({ id: businesses.id, province: businesses.province })
    .from(businesses)
    .where(withinScope(who, inArray(businesses.id, businessIds)))
    .for('update');
  if (targets.length !== new Set(businessIds).size) throw new AccessDenied('forbidden');
  return targets;
}

export type AssignResult = { ok: true; count: number } | { ok: false; problem: 'advisor_region' | 'advisor_unknown' };

/**
 * Assigns businesses to an advisor (or to nobody). All of them must be within what the viewer may
 * touch, or nothing is written; the advisor must be active and cover each business's province.
 */
export async function assignAdvisor(db: Database, viewer: Viewer | null, businessIds: string[], advisorId: string | null, ip?: string): Promise<AssignResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const targets = await lockBusinessesInScope(tx, who, businessIds);
    if (advisorId) {
      const [advisor] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, advisorId), eq(users.role, 'advisor'), eq(users.status, 'active')));
      if (!advisor) return { ok: false as const, problem: 'advisor_unknown' as const };
      const regions = (await tx.select({ province: advisorRegions.province }).from(advisorRegions).where(eq(advisorRegions.userId, advisorId))).map(
        (r) => r.province as string,
      );
      if (targets.some((t) => !t.province || !regions.includes(t.province))) return { ok: false as const, problem: 'advisor_region' as const };
    }
    await tx
      .update(businesses)
      .set({ assignedAdvisorId: advisorId, updatedAt: new Date() })
      .where(
        inArray(
          businesses.id,
          targets.map((t) => t.id),
        ),
      );
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'business.advisor_assigned',
      entityType: 'business',
      rowCount: targets.length,
      details: { businessIds: targets.map((t) => t.id), advisorId },
      ip,
    });
    return { ok: true as const, count: targets.length };
  });
}
