import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { auditEvents, businesses, helpRequests, users } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { AccessDenied } from '@/lib/dal/access';
import { askForHelp, openHelpRequests, ownHelpRequests, takeUpHelpRequest } from '@/lib/dal/help-requests';
import { listTriage } from '@/lib/dal/triage';
import { parseTriageQuery } from '@/lib/triage/query';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();
let tom: Viewer; // advisor, Limburg
let els: Viewer; // advisor, Limburg
let wallonia: Viewer;
let staff: Viewer;
let member: Viewer; // owns the chip shop, Hasselt (Limburg)
let otherMember: Viewer; // owns the bakery in Namur
let boutique: Viewer; // owns Boetiek Amélie, Sint-Truiden (Limburg)
let chipShopId: string;

// Registered after demoDatabaseForThisFile's hook, so it runs once the demo data is in.
beforeAll(async () => {
  tom = await viewerFor('adviseur.limburg@kantelpunt.demo');
  els = await viewerFor('adviseur2.limburg@kantelpunt.demo');
  wallonia = await viewerFor('conseiller.wallonie@kantelpunt.demo');
  staff = await viewerFor('staff@kantelpunt.demo');
  member = await viewerFor('frituur@kantelpunt.demo');
  otherMember = await viewerFor('membre@kantelpunt.demo');
  boutique = await viewerFor('kleding@kantelpunt.demo');
  [{ id: chipShopId }] = (await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.ownerId, member.id))) as [{ id: string }];
});

const chipShop = async () => (await db().select().from(businesses).where(eq(businesses.id, chipShopId)))[0]!;
const requestsOf = (businessId: string) => db().select().from(helpRequests).where(eq(helpRequests.businessId, businessId));
const openOf = async (businessId: string) =>
  (
    await db()
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.businessId, businessId), isNull(helpRequests.takenAt)))
  )[0];
const helpAsked = async (viewer: Viewer) => (await listTriage(db(), viewer, parseTriageQuery({ help: '1', size: '100' }).query)).rows.map((row) => row.id);
const ask = (who: Viewer | null = member) => askForHelp(db(), who, { topic: 'online_ordering', message: 'Kassa en bestelmodule koppelen: waar begin ik?' });

describe('asking for help', () => {
  it('makes one open request on a double submit, seen by the advisors of the province only', async () => {
    expect(await helpAsked(tom)).not.toContain(chipShopId);
    const before = new Date(Date.now() - 1_000);

    // Two submits at once (a double click): one request, the other is told one is open.
    const results = await Promise.all([ask(), ask()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: 'already_open' }]);
    const rows = await requestsOf(chipShopId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ requestedBy: member.id, topic: 'online_ordering', takenBy: null, takenAt: null });
    // The business row says so too, for the triage filter, with the request's own time.
    expect((await chipShop()).helpAskedAt?.getTime()).toBe(rows[0]!.createdAt.getTime());
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThan(before.getTime());
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'help_request.created'), eq(auditEvents.entityId, rows[0]!.id)));
    expect(event).toMatchObject({ actorId: member.id, actorRole: 'member', details: { businessId: chipShopId, topic: 'online_ordering' } });

    expect((await openHelpRequests(db(), tom)).map((r) => r.id)).toContain(rows[0]!.id);
    expect((await openHelpRequests(db(), staff)).map((r) => r.id)).toContain(rows[0]!.id);
    expect((await openHelpRequests(db(), wallonia)).map((r) => r.businessId)).not.toContain(chipShopId);
    expect(await helpAsked(tom)).toContain(chipShopId);
    expect(await helpAsked(wallonia)).not.toContain(chipShopId);
  });

  it('writes nothing when asked again while a request is open', async () => {
    const auditsBefore = await db().$count(auditEvents, eq(auditEvents.action, 'help_request.created'));
    expect(await ask()).toEqual({ ok: false, problem: 'already_open' });
    expect(await requestsOf(chipShopId)).toHaveLength(1);
    expect(await db().$count(auditEvents, eq(auditEvents.action, 'help_request.created'))).toBe(auditsBefore);
    // The database backs this: a second open request for the business is refused outright.
    await expect(db().insert(helpRequests).values({ businessId: chipShopId, requestedBy: member.id, topic: 'other', message: 'x' })).rejects.toThrow();
    expect(await requestsOf(chipShopId)).toHaveLength(1);
  });

  it('shows the member their request as received, and nobody else’s', async () => {
    const [own] = await ownHelpRequests(db(), member);
    expect(own).toMatchObject({ topic: 'online_ordering', takenAt: null, takenByName: null });
    const theirs = await ownHelpRequests(db(), otherMember);
    expect(theirs.map((r) => r.id)).not.toContain(own!.id);
    expect(theirs).toEqual([]);
  });

  it('refuses a member without a business, and roles other than member', async () => {
    const [user] = await db()
      .insert(users)
      .values({ email: 'zonder-zaak@help.test', name: 'Zonder Zaak', role: 'member', status: 'active' })
      .returning({ id: users.id });
    const newcomer = await viewerFor('zonder-zaak@help.test');
    expect(await ask(newcomer)).toEqual({ ok: false, problem: 'no_business' });
    expect(await db().$count(helpRequests, eq(helpRequests.requestedBy, user!.id))).toBe(0);
    await expect(ask(tom)).rejects.toBeInstanceOf(AccessDenied);
    await expect(ask(staff)).rejects.toBeInstanceOf(AccessDenied);
    await expect(ask(null)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('taking up a request', () => {
  it('keeps members away from the advisors’ list and the take-up', async () => {
    const open = await openOf(chipShopId);
    await expect(openHelpRequests(db(), member)).rejects.toBeInstanceOf(AccessDenied);
    await expect(openHelpRequests(db(), null)).rejects.toBeInstanceOf(AccessDenied);
    await expect(takeUpHelpRequest(db(), member, open!.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(takeUpHelpRequest(db(), otherMember, open!.id)).rejects.toBeInstanceOf(AccessDenied);
    expect((await openOf(chipShopId))?.takenAt).toBeNull();
  });

  it('is not found for an advisor of another region, and changes nothing', async () => {
    const open = await openOf(chipShopId);
    expect(await takeUpHelpRequest(db(), wallonia, open!.id)).toEqual({ ok: false, problem: 'not_found' });
    expect(await takeUpHelpRequest(db(), tom, '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, problem: 'not_found' });
    expect(await openOf(chipShopId)).toMatchObject({ id: open!.id, takenBy: null, takenAt: null });
    expect((await chipShop()).helpAskedAt).not.toBeNull();
  });

  it('by an advisor of the province: the member sees who, the filter lets go, and the business gets its advisor', async () => {
    // No advisor yet: the one who takes the request up becomes the business's advisor.
    await db().update(businesses).set({ assignedAdvisorId: null }).where(eq(businesses.id, chipShopId));
    const open = await openOf(chipShopId);
    expect(await takeUpHelpRequest(db(), tom, open!.id)).toEqual({ ok: true, businessId: chipShopId, assigned: true });

    const [own] = await ownHelpRequests(db(), member);
    expect(own).toMatchObject({ id: open!.id, takenByName: tom.name });
    expect(own!.takenAt).toBeInstanceOf(Date);
    const business = await chipShop();
    expect(business.helpAskedAt).toBeNull();
    expect(business.assignedAdvisorId).toBe(tom.id);
    expect(await helpAsked(tom)).not.toContain(chipShopId);
    expect((await openHelpRequests(db(), tom)).map((r) => r.id)).not.toContain(open!.id);
    const actions = (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, tom.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['help_request.taken_up', 'business.advisor_assigned']));

    // Taken up: the member may ask again.
    expect((await ask()).ok).toBe(true);
    expect(await helpAsked(tom)).toContain(chipShopId);
  });

  it('by two advisors at once: one wins, the other is told it was taken, the assigned advisor stays', async () => {
    const open = await openOf(chipShopId);
    const results = await Promise.all([takeUpHelpRequest(db(), tom, open!.id), takeUpHelpRequest(db(), els, open!.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: 'already_taken' }]);
    const winner = results[0]!.ok ? tom : els;
    const [stored] = await db().select().from(helpRequests).where(eq(helpRequests.id, open!.id));
    expect(stored!.takenBy).toBe(winner.id);
    // The business had an advisor already (tom, from the take-up before): nobody is reassigned.
    expect(results.find((r) => r.ok)).toMatchObject({ assigned: false });
    expect((await chipShop()).assignedAdvisorId).toBe(tom.id);
    expect((await chipShop()).helpAskedAt).toBeNull();
    expect(await takeUpHelpRequest(db(), tom, open!.id)).toEqual({ ok: false, problem: 'already_taken' });
  });

  it('by staff: taken up without staff becoming the business’s advisor', async () => {
    const [boutiqueBusiness] = await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.ownerId, boutique.id));
    await db().update(businesses).set({ assignedAdvisorId: null }).where(eq(businesses.id, boutiqueBusiness!.id));
    const asked = await askForHelp(db(), boutique, { topic: 'other', message: 'Kunnen klanten via video passen?' });
    expect(asked.ok).toBe(true);
    const open = await openOf(boutiqueBusiness!.id);
    expect(await takeUpHelpRequest(db(), staff, open!.id)).toEqual({ ok: true, businessId: boutiqueBusiness!.id, assigned: false });
    const [own] = await ownHelpRequests(db(), boutique);
    expect(own).toMatchObject({ topic: 'other', takenByName: staff.name });
    const [business] = await db().select().from(businesses).where(eq(businesses.id, boutiqueBusiness!.id));
    expect(business).toMatchObject({ assignedAdvisorId: null, helpAskedAt: null });
  });
});
