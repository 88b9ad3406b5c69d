import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, like, lte, or, sql } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { auditEvents, businesses, users } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { listTriage } from '@/lib/dal/triage';
import { AccessDenied } from '@/lib/dal/access';
import { parseTriageQuery } from '@/lib/triage/query';
import { createTestDatabase, viewerByEmail, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;
let limburg: Viewer;
let wallonia: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  staff = await viewerByEmail(db(), 'staff@kantelpunt.demo');
  limburg = await viewerByEmail(db(), 'adviseur.limburg@kantelpunt.demo');
  wallonia = await viewerByEmail(db(), 'conseiller.wallonie@kantelpunt.demo');
});
afterAll(async () => {
  await database?.destroy();
});

const view = (params: Record<string, string>) => parseTriageQuery(params).query;

describe('the triage table data', () => {
  it('shows advisors their regions only, staff everything, sorted by coaching priority', async () => {
    const all = await listTriage(db(), staff, view({}));
    expect(all.total).toBe(await db().$count(businesses));
    const priorities = all.rows.map((r) => r.coachingPriority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const mine = await listTriage(db(), limburg, view({ size: '100' }));
    expect(mine.total).toBe(await db().$count(businesses, eq(businesses.province, 'BE-VLI')));
    expect(new Set(mine.rows.map((r) => r.province))).toEqual(new Set(['BE-VLI']));
    // A filter cannot widen the scope.
    expect((await listTriage(db(), wallonia, view({ province: 'BE-VLI' }))).total).toBe(0);
    await expect(listTriage(db(), null, view({}))).rejects.toBeInstanceOf(AccessDenied);
  });

  it('runs a view asked for again on fresh data, for the viewer and regions of the moment', async () => {
    const shifters = view({ class: 'shifter', size: '100' });
    const first = await listTriage(db(), limburg, shifters);
    const [moved] = first.rows;
    await db().update(businesses).set({ effectiveClass: 'winner' }).where(eq(businesses.id, moved!.id));
    const again = await listTriage(db(), limburg, shifters);
    expect(again.total).toBe(first.total - 1);
    expect(again.rows.map((r) => r.id)).not.toContain(moved!.id);
    await db().update(businesses).set({ effectiveClass: 'shifter' }).where(eq(businesses.id, moved!.id));
    // The same view for another advisor, or for this one with other regions, is scoped anew.
    const walloonShifters = await listTriage(db(), wallonia, shifters);
    expect(new Set(walloonShifters.rows.map((r) => r.province))).toEqual(new Set(wallonia.regions));
    const elsewhere = await listTriage(db(), { ...limburg, regions: ['BE-WLG'] }, shifters);
    expect(elsewhere.total).toBe(await db().$count(businesses, and(eq(businesses.province, 'BE-WLG'), eq(businesses.effectiveClass, 'shifter'))));
    expect(new Set(elsewhere.rows.map((r) => r.province))).toEqual(new Set(['BE-WLG']));
  });

  it('filters by class, sector, channel use, revenue band, score and text', async () => {
    const shifters = await listTriage(db(), staff, view({ class: 'shifter', size: '100' }));
    expect(shifters.total).toBe(await db().$count(businesses, eq(businesses.effectiveClass, 'shifter')));
    expect(new Set(shifters.rows.map((r) => r.effectiveClass))).toEqual(new Set(['shifter']));

    const chipShops = await listTriage(db(), staff, view({ sector: '56', size: '100' }));
    expect(chipShops.total).toBe(await db().$count(businesses, like(businesses.naceCode, '56.%')));
    expect(new Set(chipShops.rows.map((r) => r.naceCode?.slice(0, 3)))).toEqual(new Set(['56.']));
    // Section I (accommodation and food service) is divisions 55 and 56.
    const sectionI = await listTriage(db(), staff, view({ sector: 'I' }));
    expect(sectionI.total).toBe(await db().$count(businesses, or(like(businesses.naceCode, '55.%'), like(businesses.naceCode, '56.%'))));

    const noOrdering = await listTriage(db(), staff, view({ notUses: 'online_ordering', size: '100' }));
    const ordering = await listTriage(db(), staff, view({ uses: 'online_ordering' }));
    expect(noOrdering.total + ordering.total).toBe(await db().$count(businesses));

    const down = await listTriage(db(), staff, view({ revenue: 'down_big', scoreMax: '30', size: '100' }));
    expect(down.total).toBe(await db().$count(businesses, and(lte(businesses.revenueChangePct, -30), lte(businesses.digitalScore, 30))));
    expect(down.rows.length).toBe(Math.min(down.total, 100));
    expect(down.rows.filter((r) => !((r.revenueChangePct ?? 0) <= -30 && (r.digitalScore ?? 0) <= 30))).toEqual([]);

    const found = await listTriage(db(), limburg, view({ q: 'Gouden Friet' }));
    expect(found.rows.map((r) => r.name)).toEqual(['Frituur De Gouden Friet']);
    expect((await listTriage(db(), staff, view({ q: '%' }))).total).toBe(0);
    expect((await listTriage(db(), staff, view({ q: "'; drop table businesses; --" }))).total).toBe(0);
  });

  it('pages without overlap and sorts on every allowed column', async () => {
    const first = await listTriage(db(), staff, view({ sort: 'name', dir: 'asc' }));
    const second = await listTriage(db(), staff, view({ sort: 'name', dir: 'asc', page: '2' }));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(50);
    expect(first.rows[0]!.name <= second.rows[0]!.name).toBe(true);
    for (const sort of ['locality', 'province', 'sector', 'class', 'score', 'revenue', 'channels', 'advisor', 'lastContact', 'nextFollowUp', 'updated']) {
      expect((await listTriage(db(), staff, view({ sort, dir: 'desc' }))).rows).toHaveLength(25);
    }
    expect((await listTriage(db(), staff, view({ page: '999' }))).rows).toEqual([]);
  });

  it('counts small results exactly and can estimate large ones from the planner', async () => {
    const { estimateRows, triageQueries } = await import('@/lib/dal/triage');
    const result = await listTriage(db(), staff, view({ q: "o'neil %_ \\" }));
    expect(result.estimated).toBe(false);
    const { matching } = triageQueries(db(), staff, view({ province: 'BE-VLI,BE-VAN', q: "o'neil", notUses: 'webshop' }));
    // The planner's figures are exact for a freshly analysed small table: every row for no filter,
    // and its floor of one row for a filter nothing matches (quoted literals included).
    await db().execute(sql`analyze businesses`);
    expect(await estimateRows(db(), matching())).toBe(1);
    const all = triageQueries(db(), staff, view({}));
    expect(await estimateRows(db(), all.matching())).toBe(await db().$count(businesses));
  });

  it('finds unassigned businesses and an advisor’s own', async () => {
    const unassigned = await listTriage(db(), limburg, view({ advisor: 'unassigned', size: '100' }));
    expect(unassigned.total).toBe(await db().$count(businesses, and(eq(businesses.province, 'BE-VLI'), isNull(businesses.assignedAdvisorId))));
    expect(new Set(unassigned.rows.map((r) => r.advisorId))).toEqual(new Set([null]));
    const mine = await listTriage(db(), limburg, view({ advisor: 'mine', size: '100' }));
    expect(mine.total).toBe(await db().$count(businesses, eq(businesses.assignedAdvisorId, limburg.id)));
    expect(new Set(mine.rows.map((r) => r.advisorId))).toEqual(new Set([limburg.id]));
  });
});

describe('class overrides', () => {
  it('keeps both classes, writes history and audit, and stays within the advisor’s regions', async () => {
    const { overrideClass, classHistory } = await import('@/lib/dal/classification');
    const [boutique] = await db().select().from(businesses).where(eq(businesses.name, 'Boetiek Amélie'));
    expect(await overrideClass(db(), wallonia, boutique!.id, 'winner', 'Not mine')).toEqual({ ok: false, problem: 'not_found' });
    expect(await overrideClass(db(), limburg, boutique!.id, 'winner', 'Webshop sinds oktober')).toEqual({ ok: true });
    const [after] = await db().select().from(businesses).where(eq(businesses.id, boutique!.id));
    expect(after).toMatchObject({
      computedClass: 'shifter',
      overrideClass: 'winner',
      effectiveClass: 'winner',
      overrideReason: 'Webshop sinds oktober',
      overrideBy: limburg.id,
    });
    const history = await classHistory(db(), limburg, boutique!.id);
    expect(history[0]).toMatchObject({ fromClass: 'shifter', toClass: 'winner', source: 'override', reason: 'Webshop sinds oktober', actor: 'Tom Claes' });
    expect(await classHistory(db(), wallonia, boutique!.id)).toEqual([]);

    expect(await overrideClass(db(), limburg, boutique!.id, null, 'Terug naar berekend')).toEqual({ ok: true });
    const [back] = await db().select().from(businesses).where(eq(businesses.id, boutique!.id));
    expect(back).toMatchObject({ overrideClass: null, effectiveClass: 'shifter', overrideReason: null });
  });

  it('assigns only to an active advisor covering every business, and only within scope', async () => {
    const { assignAdvisor } = await import('@/lib/dal/assignments');
    const [chipShop] = await db().select().from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    const [namur] = await db().select().from(businesses).where(eq(businesses.name, 'Boulangerie Renard'));
    const [els] = await db().select().from(users).where(eq(users.email, 'adviseur2.limburg@kantelpunt.demo'));
    expect(await assignAdvisor(db(), limburg, [chipShop!.id], els!.id)).toEqual({ ok: true, count: 1 });
    expect(await assignAdvisor(db(), staff, [namur!.id], els!.id)).toEqual({ ok: false, problem: 'advisor_region' });
    await expect(assignAdvisor(db(), limburg, [chipShop!.id, namur!.id], els!.id)).rejects.toBeInstanceOf(AccessDenied);
    const [unchanged] = await db().select().from(businesses).where(eq(businesses.id, namur!.id));
    expect(unchanged!.assignedAdvisorId).not.toBe(els!.id);
  });

  it('sets a priority by hand within scope, keeps it through re-classification, and hands it back', async () => {
    const { setManualPriority } = await import('@/lib/dal/priorities');
    const { reclassify } = await import('@/lib/dal/classification');
    const [chipShop] = await db().select().from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    const [namur] = await db().select().from(businesses).where(eq(businesses.name, 'Boulangerie Renard'));
    await expect(setManualPriority(db(), limburg, [chipShop!.id, namur!.id], 99)).rejects.toBeInstanceOf(AccessDenied);
    expect((await db().select().from(businesses).where(eq(businesses.id, chipShop!.id)))[0]!.manualPriority).toBeNull();

    expect(await setManualPriority(db(), limburg, [chipShop!.id], 99)).toEqual({ count: 1 });
    const [manual] = await db().select().from(businesses).where(eq(businesses.id, chipShop!.id));
    expect(manual).toMatchObject({ manualPriority: 99, coachingPriority: 99, computedPriority: chipShop!.computedPriority });
    expect(await listTriage(db(), limburg, view({})).then((r) => r.rows[0])).toMatchObject({ id: chipShop!.id, coachingPriority: 99, manualPriority: 99 });
    await reclassify(db(), manual!, null);
    expect((await db().select().from(businesses).where(eq(businesses.id, chipShop!.id)))[0]!.coachingPriority).toBe(99);

    expect(await setManualPriority(db(), limburg, [chipShop!.id], null)).toEqual({ count: 1 });
    const [back] = await db().select().from(businesses).where(eq(businesses.id, chipShop!.id));
    expect(back).toMatchObject({ manualPriority: null, coachingPriority: chipShop!.computedPriority });
    const events = await db().select().from(auditEvents).where(eq(auditEvents.action, 'business.priority_set'));
    expect(events.map((e) => e.details)).toEqual([
      { businessIds: [chipShop!.id], priority: 99 },
      { businessIds: [chipShop!.id], priority: null },
    ]);
  });
});
