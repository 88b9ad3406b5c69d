import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, businesses, classificationHistory, jobs } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { changeSectorImpact, recentReclassifications } from '@/lib/dal/sector-impacts';
import { AccessDenied } from '@/lib/dal/access';
import { runPendingJobs } from '@/lib/jobs/worker';
import { createAdvisor, createBusiness, createStaff } from '../support/factories';
import { seedReferenceData } from '@/lib/seed/reference';
import { createTestDatabase, type TestDatabase } from './test-database';

// Each test changes a sector prefix no other test uses and creates its own businesses under it,
// so each passes alone and in any order.
let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  staff = await createStaff(db());
});
afterAll(async () => {
  await database?.destroy();
});

const reload = async (id: string) => (await db().select().from(businesses).where(eq(businesses.id, id)))[0]!;

describe('changing the sector table', () => {
  it('re-classifies every affected business in the background, with progress, history and audit', async () => {
    // Restaurants (56.1) are adaptable under the default row for 56.
    const clearlyDown = await createBusiness(db(), { naceCode: '56.101', revenueChangePct: -20 });
    const slightlyDown = await createBusiness(db(), { naceCode: '56.102', revenueChangePct: -5 });
    const growing = await createBusiness(db(), { naceCode: '56.102', revenueChangePct: 15 });
    const otherSector = await createBusiness(db(), { naceCode: '56.301', revenueChangePct: -20 });
    expect([clearlyDown, slightlyDown, growing, otherSector].map((b) => b.effectiveClass)).toEqual(['shifter', 'shifter', 'winner', 'structurally_hit']);

    const jobId = await changeSectorImpact(db(), staff, '56.1', 'structural', 'Restaurants: lockdown', 'Sluiting horeca');
    const [queued] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(queued).toMatchObject({ kind: 'reclassify', status: 'queued' });

    expect(await runPendingJobs(db())).toBe(1);
    const [done] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(done).toMatchObject({ status: 'done', progressDone: 3, progressTotal: 3 });

    // Clearly down in a structural sector: structurally hit. Slightly down: stable. Growing: still a winner.
    expect(await reload(clearlyDown.id)).toMatchObject({ computedClass: 'structurally_hit', effectiveClass: 'structurally_hit' });
    expect(await reload(slightlyDown.id)).toMatchObject({ computedClass: 'stable', effectiveClass: 'stable' });
    expect(await reload(growing.id)).toEqual(growing);
    expect(await reload(otherSector.id)).toEqual(otherSector);

    const sectorChanges = async (businessId: string) =>
      db()
        .select()
        .from(classificationHistory)
        .where(and(eq(classificationHistory.businessId, businessId), eq(classificationHistory.source, 'sector_change')));
    expect(await sectorChanges(clearlyDown.id)).toEqual([expect.objectContaining({ fromClass: 'shifter', toClass: 'structurally_hit', actorId: staff.id })]);
    expect(await sectorChanges(slightlyDown.id)).toEqual([expect.objectContaining({ fromClass: 'shifter', toClass: 'stable', actorId: staff.id })]);
    expect(await sectorChanges(growing.id)).toEqual([]);

    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'sector_impact.changed'), eq(auditEvents.entityId, '56.1')));
    // A new, more specific row under '56': there was none before.
    expect(audit).toEqual([expect.objectContaining({ actorId: staff.id, details: { from: null, to: 'structural', reason: 'Sluiting horeca' } })]);
    expect((await recentReclassifications(db(), staff)).find((job) => job.id === jobId)).toMatchObject({ status: 'done', done: 3, total: 3 });
  });

  it('keeps an advisor override and a manual priority while the computed ones follow the table', async () => {
    // Advertising (73.1) is adaptable under the default row for 73: down 20%, a shifter.
    const business = await createBusiness(db(), { naceCode: '73.110', revenueChangePct: -20 });
    expect(business).toMatchObject({ computedClass: 'shifter', effectiveClass: 'shifter' });
    await db()
      .update(businesses)
      .set({ overrideClass: 'winner', effectiveClass: 'winner', manualPriority: 3, coachingPriority: 3 })
      .where(eq(businesses.id, business.id));

    await changeSectorImpact(db(), staff, '73.1', 'structural', null, 'Beurzen afgelast');
    expect(await runPendingJobs(db())).toBe(1);

    const after = await reload(business.id);
    expect(after).toMatchObject({
      computedClass: 'structurally_hit',
      effectiveClass: 'winner',
      overrideClass: 'winner',
      manualPriority: 3,
      coachingPriority: 3,
    });
    // The rules' priority follows the class in force (the override's band, winners 0–10), not the computed class.
    expect(after.computedPriority).not.toBe(business.computedPriority);
    expect(after.computedPriority).toBeLessThanOrEqual(10);
  });

  it('is for staff only', async () => {
    const advisor = await createAdvisor(db(), ['BE-VLI']);
    await expect(changeSectorImpact(db(), advisor, '56', 'structural', null, 'x')).rejects.toBeInstanceOf(AccessDenied);
    expect(await db().$count(auditEvents, eq(auditEvents.entityId, '56'))).toBe(0);
  });
});
