import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs, sectorImpacts, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { enqueueJob } from '@/lib/jobs/queue';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

export type Exposure = (typeof sectorImpacts.$inferSelect)['exposure'];

export async function listSectorImpacts(db: Database, viewer: Viewer | null) {
  requireRole(viewer, ['staff']);
  return db
    .select({
      prefix: sectorImpacts.nacePrefix,
      exposure: sectorImpacts.exposure,
      note: sectorImpacts.note,
      updatedAt: sectorImpacts.updatedAt,
      updatedBy: users.name,
    })
    .from(sectorImpacts)
    .leftJoin(users, eq(users.id, sectorImpacts.updatedBy))
    .orderBy(asc(sectorImpacts.nacePrefix));
}

/**
 * Staff set (or remove, with exposure null) a sector's exposure, with a reason. The change, its
 * audit event and the background job that re-classifies the affected businesses are written in
 * one transaction, so a job exists exactly when the change does.
 */
export async function changeSectorImpact(
  db: Database,
  viewer: Viewer | null,
  prefix: string,
  exposure: Exposure | null,
  note: string | null,
  reason: string,
  ip?: string,
): Promise<string> {
  const staff = requireRole(viewer, ['staff']);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sectorImpacts).where(eq(sectorImpacts.nacePrefix, prefix)).for('update');
    if (exposure) {
      await tx
        .insert(sectorImpacts)
        .values({ nacePrefix: prefix, exposure, note, updatedBy: staff.id })
        .onConflictDoUpdate({ target: sectorImpacts.nacePrefix, set: { exposure, note, updatedBy: staff.id, updatedAt: new Date() } });
    } else {
      await tx.delete(sectorImpacts).where(eq(sectorImpacts.nacePrefix, prefix));
    }
    await recordAudit(tx, {
      actorId: staff.id,
      actorRole: 'staff',
      action: exposure ? 'sector_impact.changed' : 'sector_impact.removed',
      entityType: 'sector_impact',
      entityId: prefix,
      details: { from: before?.exposure ?? null, to: exposure, reason },
      ip,
    });
    return enqueueJob(tx, 'reclassify', { prefix, reason }, staff.id);
  });
}

/** The latest re-classification jobs with their progress, newest first. */
export async function recentReclassifications(db: Database, viewer: Viewer | null) {
  requireRole(viewer, ['staff']);
  return db
    .select({
      id: jobs.id,
      payload: jobs.payload,
      status: jobs.status,
      done: jobs.progressDone,
      total: jobs.progressTotal,
      result: jobs.result,
      error: jobs.error,
      createdAt: jobs.createdAt,
      finishedAt: jobs.finishedAt,
    })
    .from(jobs)
    .where(eq(jobs.kind, 'reclassify'))
    .orderBy(desc(jobs.createdAt))
    .limit(10);
}
