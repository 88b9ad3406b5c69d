import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { auditEvents, businesses, classificationHistory, jobs, users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { changeSectorImpact, recentReclassifications } from '@/lib/dal/sector-impacts';
import { AccessDenied } from '@/lib/dal/access';
import { claimJob } from '@/lib/jobs/queue';
import { runPendingJobs } from '@/lib/jobs/worker';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  const [user] = await db().select().from(users).where(eq(users.email, 'staff@kantelpunt.demo'));
  staff = (await loadViewer(db(), user!.id))!;
});
afterAll(async () => {
  await database?.destroy();
});

describe('changing the sector table', () => {
  it('re-classifies every affected business in the background, with progress, history and audit', async () => {
    const before = await db().select().from(businesses).where(like(businesses.naceCode, '56.1%'));
    const shiftersBefore = before.filter((b) => b.effectiveClass === 'shifter' && (b.revenueChangePct ?? 0) <= -10);
    expect(shiftersBefore.length).toBeGreaterThan(0);

    const jobId = await changeSectorImpact(db(), staff, '56.1', 'structural', 'Restaurants: lockdown', 'Sluiting horeca');
    const [queued] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(queued).toMatchObject({ kind: 'reclassify', status: 'queued' });

    expect(await runPendingJobs(db())).toBe(1);
    const [done] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(done).toMatchObject({ status: 'done', progressDone: before.length, progressTotal: before.length });

    for (const shifter of shiftersBefore) {
      const [after] = await db().select().from(businesses).where(eq(businesses.id, shifter.id));
      expect(after!.effectiveClass).toBe('structurally_hit');
      const history = await db().select().from(classificationHistory).where(and(eq(classificationHistory.businessId, shifter.id), eq(classificationHistory.source, 'sector_change')));
      expect(history).toEqual([expect.objectContaining({ fromClass: 'shifter', toClass: 'structurally_hit', actorId: staff.id })]);
    }
    const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'sector_impact.changed'));
    expect(audit).toMatchObject({ entityId: '56.1', details: { from: null, to: 'structural', reason: 'Sluiting horeca' } }); // a new, more specific row under '56'
    expect((await recentReclassifications(db(), staff))[0]).toMatchObject({ status: 'done', done: before.length });
  });

  it('keeps an advisor override and a manual priority while the computed ones follow the table', async () => {
    // One the previous test made structurally hit: the table now turns it back.
    const [row] = await db().select().from(businesses).where(and(like(businesses.naceCode, '56.1%'), eq(businesses.computedClass, 'structurally_hit'))).limit(1);
    await db().update(businesses).set({ overrideClass: 'winner', effectiveClass: 'winner', manualPriority: 3, coachingPriority: 3 }).where(eq(businesses.id, row!.id));
    await changeSectorImpact(db(), staff, '56.1', 'adaptable', null, 'Terug open');
    await runPendingJobs(db());
    const [after] = await db().select().from(businesses).where(eq(businesses.id, row!.id));
    expect(after).toMatchObject({ effectiveClass: 'winner', coachingPriority: 3 });
    expect(after!.computedClass).not.toBe(row!.computedClass);
    expect(after!.computedPriority).not.toBe(row!.computedPriority);
  });

  it('lets one instance at a time claim a job', async () => {
    await changeSectorImpact(db(), staff, '47.7', 'structural', null, 'Test');
    const first = await claimJob(db(), 'instance-a');
    const second = await claimJob(db(), 'instance-b');
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('is for staff only', async () => {
    const [user] = await db().select().from(users).where(eq(users.email, 'adviseur.limburg@kantelpunt.demo'));
    const advisor = await loadViewer(db(), user!.id);
    await expect(changeSectorImpact(db(), advisor, '56', 'structural', null, 'x')).rejects.toBeInstanceOf(AccessDenied);
  });
});
