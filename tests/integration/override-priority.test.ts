import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { businesses } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { overrideClass, reclassify } from '@/lib/dal/classification';
import { setManualPriority } from '@/lib/dal/priorities';
import { changeSectorImpact } from '@/lib/dal/sector-impacts';
import { runPendingJobs } from '@/lib/jobs/worker';
import { seedReferenceData } from '@/lib/seed/reference';
import { createAdvisor, createBusiness, createStaff } from '../support/factories';
import { createTestDatabase, type TestDatabase } from './test-database';

// The coaching priority follows the class in force: an advisor's override moves a business into
// that class's band (structurally hit 20–40, winners 0–10), unless the priority was set by hand.
let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;
let advisor: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  staff = await createStaff(db());
  advisor = await createAdvisor(db(), ['BE-VLI']);
});
afterAll(async () => {
  await database?.destroy();
});

const reload = async (id: string) => (await db().select().from(businesses).where(eq(businesses.id, id)))[0]!;

describe('the priority of an overridden class', () => {
  it('moves into the band of the override, and back when the override is removed', async () => {
    // Advertising (73) is adaptable: down 30 % with no channels in use, a shifter high in the queue.
    const shifter = await createBusiness(db(), { naceCode: '73.110', revenueChangePct: -30 });
    expect(shifter).toMatchObject({ computedClass: 'shifter', effectiveClass: 'shifter' });
    expect(shifter.coachingPriority).toBeGreaterThan(40);

    expect(await overrideClass(db(), advisor, shifter.id, 'structurally_hit', 'Beurzen afgelast, online verandert daar niets aan')).toEqual({ ok: true });
    const overridden = await reload(shifter.id);
    expect(overridden).toMatchObject({ computedClass: 'shifter', effectiveClass: 'structurally_hit', manualPriority: null });
    expect(overridden.coachingPriority).toBeGreaterThanOrEqual(20);
    expect(overridden.coachingPriority).toBeLessThanOrEqual(40);
    expect(overridden.computedPriority).toBe(overridden.coachingPriority);

    // Re-classifying after a change of facts keeps the override's band.
    await reclassify(db(), overridden, null);
    expect((await reload(shifter.id)).coachingPriority).toBe(overridden.coachingPriority);

    expect(await overrideClass(db(), advisor, shifter.id, null, 'Terug naar berekend')).toEqual({ ok: true });
    expect(await reload(shifter.id)).toMatchObject({
      effectiveClass: 'shifter',
      computedPriority: shifter.computedPriority,
      coachingPriority: shifter.coachingPriority,
    });
  });

  it('leaves a priority set by hand, and hands back the one of the class in force', async () => {
    const shifter = await createBusiness(db(), { naceCode: '73.120', revenueChangePct: -30 });
    expect(await setManualPriority(db(), advisor, [shifter.id], 90)).toEqual({ count: 1 });

    expect(await overrideClass(db(), advisor, shifter.id, 'winner', 'Webshop sinds oktober')).toEqual({ ok: true });
    const overridden = await reload(shifter.id);
    expect(overridden).toMatchObject({ effectiveClass: 'winner', manualPriority: 90, coachingPriority: 90 });
    expect(overridden.computedPriority).toBeLessThanOrEqual(10);

    expect(await setManualPriority(db(), advisor, [shifter.id], null)).toEqual({ count: 1 });
    expect(await reload(shifter.id)).toMatchObject({ manualPriority: null, coachingPriority: overridden.computedPriority });
  });

  it('stays in the band of the override when a change of the sector table re-classifies in bulk', async () => {
    // Design (74) is adaptable: a shifter, overridden to winner by its advisor.
    const business = await createBusiness(db(), { naceCode: '74.101', revenueChangePct: -30 });
    expect(await overrideClass(db(), advisor, business.id, 'winner', 'Nieuwe klanten via Instagram')).toEqual({ ok: true });

    // Now structural: by the rules clearly down in a structural sector, structurally hit (band 20–40).
    await changeSectorImpact(db(), staff, '74.1', 'structural', null, 'Beurzen afgelast');
    expect(await runPendingJobs(db())).toBe(1);
    const after = await reload(business.id);
    expect(after).toMatchObject({ computedClass: 'structurally_hit', effectiveClass: 'winner', manualPriority: null });
    expect(after.coachingPriority).toBeLessThanOrEqual(10);
    expect(after.computedPriority).toBe(after.coachingPriority);

    // Without the override, the computed class's band.
    expect(await overrideClass(db(), advisor, business.id, null, 'Terug naar berekend')).toEqual({ ok: true });
    const back = await reload(business.id);
    expect(back.effectiveClass).toBe('structurally_hit');
    expect(back.coachingPriority).toBeGreaterThanOrEqual(20);
    expect(back.coachingPriority).toBeLessThanOrEqual(40);
  });
});
