import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { auditEvents, businesses, followUps, users } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { AccessDenied } from '@/lib/dal/access';
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  reassignFollowUps,
  rescheduleFollowUp,
  sharedNextSteps,
  updateFollowUp,
  type FollowUpFields,
  type NewFollowUp,
} from '@/lib/dal/follow-ups';
import { followUpQueue, followUpsDueCount } from '@/lib/dal/follow-up-queue';
import { calendarFeedItems, createCalendarFeed, revokeCalendarFeed } from '@/lib/dal/calendar-feed';
import { createTestDatabase, viewerByEmail, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;
let tom: Viewer; // advisor, Limburg
let els: Viewer; // advisor, Limburg
let wallonia: Viewer;
let staff: Viewer;
let member: Viewer; // owns the chip shop
let chipShopId: string;
let namurId: string;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

function newFollowUp(overrides: Partial<NewFollowUp> = {}): NewFollowUp {
  return {
    businessId: chipShopId,
    idempotencyKey: randomUUID(),
    confirmPastDue: false,
    kind: 'video_call',
    happenedAt: new Date(),
    summary: 'Besproken: online bestellen via de webshop, 80% van de omzet.',
    nextStep: 'Menukaart online zetten',
    nextStepShared: true,
    dueAt: inDays(7),
    ownerId: tom.id,
    status: 'open',
    cancelReason: null,
    ...overrides,
  };
}

const fieldsOf = (input: NewFollowUp): FollowUpFields => {
  const { businessId: _b, idempotencyKey: _k, confirmPastDue: _c, ...fields } = input;
  return fields;
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  tom = await viewerByEmail(db(), 'adviseur.limburg@kantelpunt.demo');
  els = await viewerByEmail(db(), 'adviseur2.limburg@kantelpunt.demo');
  wallonia = await viewerByEmail(db(), 'conseiller.wallonie@kantelpunt.demo');
  staff = await viewerByEmail(db(), 'staff@kantelpunt.demo');
  member = await viewerByEmail(db(), 'frituur@kantelpunt.demo');
  [{ id: chipShopId }] = (await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'))) as [{ id: string }];
  [{ id: namurId }] = (await db().select({ id: businesses.id }).from(businesses).where(eq(businesses.name, 'Boulangerie Renard'))) as [{ id: string }];
});
afterAll(async () => {
  await database?.destroy();
});

const rowsFor = (businessId: string) => db().select().from(followUps).where(eq(followUps.businessId, businessId));
const business = async (id: string) => (await db().select().from(businesses).where(eq(businesses.id, id)))[0]!;

describe('recording a follow-up', () => {
  it('writes the follow-up, the business’s next-contact fields and an audit event', async () => {
    // Sooner than the demo's planned call, so it becomes the business's next contact.
    const input = newFollowUp({ dueAt: inDays(1) });
    const result = await createFollowUp(db(), tom, input);
    expect(result).toMatchObject({ ok: true, replayed: false });
    const after = await business(chipShopId);
    expect(after.nextFollowUpAt?.toISOString()).toBe(input.dueAt!.toISOString());
    expect(after.nextFollowUpOwnerId).toBe(tom.id);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'follow_up.created'), eq(auditEvents.entityId, result.ok ? result.id : '')));
    expect(event).toMatchObject({ actorId: tom.id, details: expect.objectContaining({ businessId: chipShopId, kind: 'video_call', shared: true }) });
  });

  it('creates one row for a replayed key, and refuses the same key with other content', async () => {
    const input = newFollowUp({ summary: 'Dubbelklik' });
    const [first, second] = await Promise.all([createFollowUp(db(), tom, input), createFollowUp(db(), tom, input)]);
    expect(first.ok && second.ok && first.id === second.id).toBe(true);
    expect([first, second].filter((r) => r.ok && r.replayed)).toHaveLength(1);
    expect((await db().select().from(followUps).where(eq(followUps.idempotencyKey, input.idempotencyKey))).length).toBe(1);
    expect(await createFollowUp(db(), tom, { ...input, summary: 'Iets anders' })).toEqual({ ok: false, problem: 'key_reused' });
    const events = await db().select().from(auditEvents).where(eq(auditEvents.action, 'follow_up.created'));
    expect(events.filter((e) => (e.details as { kind?: string }).kind && e.entityId === (first.ok ? first.id : '')).length).toBe(1);
  });

  it('asks for confirmation of a due date in the past', async () => {
    const before = (await rowsFor(chipShopId)).length;
    expect(await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(-2) }))).toEqual({ ok: false, problem: 'past_due' });
    expect((await rowsFor(chipShopId)).length).toBe(before);
    expect(await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(-2), confirmPastDue: true }))).toMatchObject({ ok: true });
  });

  it('refuses an owner from another region and a business outside the advisor’s regions, writing nothing', async () => {
    const before = (await db().select().from(followUps)).length;
    expect(await createFollowUp(db(), tom, newFollowUp({ ownerId: wallonia.id }))).toEqual({ ok: false, problem: 'owner_region' });
    expect(await createFollowUp(db(), tom, newFollowUp({ ownerId: staff.id }))).toEqual({ ok: false, problem: 'owner_region' });
    expect(await createFollowUp(db(), tom, newFollowUp({ businessId: namurId }))).toEqual({ ok: false, problem: 'not_found' });
    expect(await createFollowUp(db(), wallonia, newFollowUp({ ownerId: wallonia.id }))).toEqual({ ok: false, problem: 'not_found' });
    await expect(createFollowUp(db(), member, newFollowUp())).rejects.toBeInstanceOf(AccessDenied);
    expect((await db().select().from(followUps)).length).toBe(before);
  });

  it('is all or nothing: a failure after the follow-up insert leaves no follow-up and no audit event', async () => {
    const events = async () => (await db().select().from(auditEvents).where(eq(auditEvents.action, 'follow_up.created'))).length;
    const before = { rows: (await db().select().from(followUps)).length, events: await events(), business: await business(chipShopId) };
    // A real failure inside the database, right after the insert: updating the business's next-contact fields raises.
    await db().execute(sql`create function kantelpunt_test_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`);
    await db().execute(sql`create trigger kantelpunt_test_fail before update on businesses for each row execute function kantelpunt_test_fail()`);
    try {
      await expect(createFollowUp(db(), tom, newFollowUp({ summary: 'Gaat mislukken', dueAt: inDays(1) }))).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringMatching(/injected failure/) }),
      });
    } finally {
      await db().execute(sql`drop trigger kantelpunt_test_fail on businesses`);
      await db().execute(sql`drop function kantelpunt_test_fail()`);
    }
    expect((await db().select().from(followUps)).length).toBe(before.rows);
    expect(await events()).toBe(before.events);
    expect((await business(chipShopId)).nextFollowUpAt).toEqual(before.business.nextFollowUpAt);
  });

  it('also rolls back when the audit event cannot be written', async () => {
    const before = (await db().select().from(followUps)).length;
    await db().execute(sql`create function kantelpunt_test_fail() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$`);
    await db().execute(sql`create trigger kantelpunt_test_fail before insert on audit_events for each row execute function kantelpunt_test_fail()`);
    try {
      await expect(createFollowUp(db(), tom, newFollowUp())).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringMatching(/audit down/) }),
      });
    } finally {
      await db().execute(sql`drop trigger kantelpunt_test_fail on audit_events`);
      await db().execute(sql`drop function kantelpunt_test_fail()`);
    }
    expect((await db().select().from(followUps)).length).toBe(before);
  });
});

describe('changing a follow-up', () => {
  it('gives the second of two editors a conflict with the first one’s text, overwriting nothing', async () => {
    const input = newFollowUp({ summary: 'Origineel' });
    const created = await createFollowUp(db(), tom, input);
    if (!created.ok) throw new Error('not created');
    expect(await updateFollowUp(db(), tom, created.id, 1, { ...fieldsOf(input), summary: 'Versie van Tom' })).toEqual({ ok: true, version: 2 });
    const second = await updateFollowUp(db(), els, created.id, 1, { ...fieldsOf(input), summary: 'Versie van Els' });
    expect(second).toMatchObject({ ok: false, problem: 'conflict', current: { summary: 'Versie van Tom', version: 2 } });
    const [stored] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(stored).toMatchObject({ summary: 'Versie van Tom', version: 2 });
    expect(await updateFollowUp(db(), els, created.id, 2, { ...fieldsOf(input), summary: 'Versie van Els' })).toEqual({ ok: true, version: 3 });
    expect(await updateFollowUp(db(), wallonia, created.id, 3, fieldsOf(input))).toEqual({ ok: false, problem: 'not_found' });
  });

  it('completes a follow-up and schedules the next one in the same transaction', async () => {
    const created = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(3), nextStep: 'Webshop testen' }));
    if (!created.ok) throw new Error('not created');
    const nextKey = randomUUID();
    const done = await completeFollowUp(db(), tom, created.id, 1, {
      happenedAt: new Date(),
      outcome: 'Webshop werkt.',
      next: {
        kind: 'call',
        dueAt: inDays(14),
        nextStep: 'Resultaten bekijken',
        nextStepShared: true,
        ownerId: els.id,
        idempotencyKey: nextKey,
        confirmPastDue: false,
      },
    });
    expect(done).toMatchObject({ ok: true, version: 2 });
    const [completed] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(completed).toMatchObject({ status: 'done', summary: expect.stringContaining('Webshop werkt.') });
    const [next] = await db().select().from(followUps).where(eq(followUps.idempotencyKey, nextKey));
    expect(next).toMatchObject({ status: 'open', kind: 'call', ownerId: els.id, nextStep: 'Resultaten bekijken' });
    expect((await business(chipShopId)).lastContactAt).not.toBeNull();
    const actions = (await db().select().from(auditEvents).where(eq(auditEvents.entityId, created.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['follow_up.created', 'follow_up.completed']));
  });

  it('answers a repeated completion like the first and refuses to cancel what is done', async () => {
    const created = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(6) }));
    if (!created.ok) throw new Error('not created');
    const completion = {
      happenedAt: new Date(),
      outcome: null,
      next: {
        kind: 'call' as const,
        dueAt: inDays(20),
        nextStep: null,
        nextStepShared: false,
        ownerId: tom.id,
        idempotencyKey: randomUUID(),
        confirmPastDue: false,
      },
    };
    const first = await completeFollowUp(db(), tom, created.id, 1, completion);
    const again = await completeFollowUp(db(), tom, created.id, 1, completion);
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect((await db().select().from(followUps).where(eq(followUps.idempotencyKey, completion.next.idempotencyKey))).length).toBe(1);
    expect(await cancelFollowUp(db(), tom, created.id, 2, 'Te laat')).toEqual({ ok: false, problem: 'closed' });
  });

  it('undoes the completion when the next follow-up is refused', async () => {
    const created = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(5) }));
    if (!created.ok) throw new Error('not created');
    const result = await completeFollowUp(db(), tom, created.id, 1, {
      happenedAt: null,
      outcome: null,
      next: {
        kind: 'call',
        dueAt: inDays(10),
        nextStep: null,
        nextStepShared: false,
        ownerId: wallonia.id,
        idempotencyKey: randomUUID(),
        confirmPastDue: false,
      },
    });
    expect(result).toEqual({ ok: false, problem: 'owner_region' });
    const [still] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(still).toMatchObject({ status: 'open', version: 1 });
  });

  it('cancels with a reason and takes the follow-up off the business’s next contact', async () => {
    const shop = await db()
      .select({ id: businesses.id })
      .from(businesses)
      .where(and(eq(businesses.province, 'BE-VLI'), sql`${businesses.nextFollowUpAt} is null`))
      .limit(1);
    const created = await createFollowUp(db(), tom, newFollowUp({ businessId: shop[0]!.id, dueAt: inDays(2) }));
    if (!created.ok) throw new Error('not created');
    expect((await business(shop[0]!.id)).nextFollowUpAt).not.toBeNull();
    expect(await cancelFollowUp(db(), tom, created.id, 1, 'Zaak tijdelijk gesloten')).toEqual({ ok: true, version: 2 });
    expect((await business(shop[0]!.id)).nextFollowUpAt).toBeNull();
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'follow_up.cancelled'), eq(auditEvents.entityId, created.id)));
    expect(event?.details).toMatchObject({ reason: 'Zaak tijdelijk gesloten' });
  });

  it('lets staff reassign open follow-ups to an advisor of the region only', async () => {
    const created = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(4) }));
    if (!created.ok) throw new Error('not created');
    expect(await reassignFollowUps(db(), staff, [created.id], wallonia.id)).toEqual({ ok: false, problem: 'owner_region' });
    expect(await reassignFollowUps(db(), staff, [created.id], els.id)).toEqual({ ok: true, count: 1 });
    await expect(reassignFollowUps(db(), tom, [created.id], tom.id)).rejects.toBeInstanceOf(AccessDenied);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'follow_up.reassigned'), eq(auditEvents.entityId, created.id)));
    expect(event?.details).toMatchObject({ from: tom.id, to: els.id });
  });
});

describe('completing keeps when the contact happened', () => {
  const completion = { outcome: null, next: null };

  it('keeps a time the follow-up already has instead of writing "now"', async () => {
    const at10 = new Date(Date.now() - 4 * 3600_000);
    const created = await createFollowUp(db(), tom, newFollowUp({ happenedAt: at10, dueAt: inDays(1) }));
    if (!created.ok) throw new Error('not created');
    expect(await completeFollowUp(db(), tom, created.id, 1, { ...completion, happenedAt: null })).toMatchObject({ ok: true });
    const [stored] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(stored).toMatchObject({ status: 'done', happenedAt: at10 });
  });

  it('takes a past due time for a follow-up that never had one, and what the advisor says over both', async () => {
    const due = new Date(Math.floor((Date.now() - 2 * 3600_000) / 60_000) * 60_000);
    const planned = await createFollowUp(db(), tom, newFollowUp({ happenedAt: null, dueAt: due, confirmPastDue: true }));
    if (!planned.ok) throw new Error('not created');
    await completeFollowUp(db(), tom, planned.id, 1, { ...completion, happenedAt: null });
    const said = new Date(Date.now() - 30 * 60_000);
    const other = await createFollowUp(db(), tom, newFollowUp({ happenedAt: new Date(Date.now() - 5 * 3600_000), dueAt: inDays(2) }));
    if (!other.ok) throw new Error('not created');
    await completeFollowUp(db(), tom, other.id, 1, { ...completion, happenedAt: said });
    const stored = await db()
      .select()
      .from(followUps)
      .where(sql`${followUps.id} in (${planned.id}, ${other.id})`);
    expect(stored.find((f) => f.id === planned.id)?.happenedAt).toEqual(due);
    expect(stored.find((f) => f.id === other.id)?.happenedAt).toEqual(said);
  });

  it('keeps a done follow-up’s time when an edit leaves it empty', async () => {
    const at = new Date(Date.now() - 26 * 3600_000);
    const input = newFollowUp({ status: 'done', happenedAt: at, dueAt: null });
    const created = await createFollowUp(db(), tom, input);
    if (!created.ok) throw new Error('not created');
    expect(await updateFollowUp(db(), tom, created.id, 1, { ...fieldsOf(input), happenedAt: null, summary: 'Bijgewerkt' })).toMatchObject({ ok: true });
    const [stored] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(stored).toMatchObject({ summary: 'Bijgewerkt', happenedAt: at });
  });
});

describe('rescheduling a follow-up', () => {
  it('moves an open follow-up, asks before a past date, and refuses a done one', async () => {
    const created = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(3) }));
    if (!created.ok) throw new Error('not created');
    expect(await rescheduleFollowUp(db(), tom, created.id, 1, inDays(-1), false)).toEqual({ ok: false, problem: 'past_due' });
    const later = inDays(9);
    expect(await rescheduleFollowUp(db(), tom, created.id, 1, later, false)).toEqual({ ok: true, version: 2 });
    expect(await rescheduleFollowUp(db(), wallonia, created.id, 2, later, false)).toEqual({ ok: false, problem: 'not_found' });
    const [stored] = await db().select().from(followUps).where(eq(followUps.id, created.id));
    expect(stored?.dueAt).toEqual(later);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'follow_up.rescheduled'), eq(auditEvents.entityId, created.id)));
    expect(event?.details).toMatchObject({ dueAt: later.toISOString() });
    await completeFollowUp(db(), tom, created.id, 2, { happenedAt: null, outcome: null, next: null });
    expect(await rescheduleFollowUp(db(), tom, created.id, 3, inDays(12), false)).toEqual({ ok: false, problem: 'closed' });
  });
});

describe('what people see', () => {
  it('shows the member the shared next steps, never the summary or unshared steps', async () => {
    await createFollowUp(db(), tom, newFollowUp({ nextStep: 'Intern: prijs nakijken', nextStepShared: false, summary: 'Geheime notitie' }));
    const steps = await sharedNextSteps(db(), member);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.map((s) => s.nextStep)).toContain('Menukaart online zetten');
    expect(steps.map((s) => s.nextStep)).not.toContain('Intern: prijs nakijken');
    expect(JSON.stringify(steps)).not.toContain('Geheime notitie');
    await expect(sharedNextSteps(db(), tom)).rejects.toBeInstanceOf(AccessDenied);
  });

  it('shows the member a step carried over to the next follow-up once, as the open one', async () => {
    const step = 'Betaalterminal koppelen aan de kassa';
    const created = await createFollowUp(db(), tom, newFollowUp({ nextStep: step, dueAt: inDays(2) }));
    if (!created.ok) throw new Error('not created');
    const next = {
      kind: 'call' as const,
      dueAt: inDays(16),
      nextStep: step,
      nextStepShared: true,
      ownerId: tom.id,
      idempotencyKey: randomUUID(),
      confirmPastDue: false,
    };
    expect(await completeFollowUp(db(), tom, created.id, 1, { happenedAt: null, outcome: 'Terminal besteld.', next })).toMatchObject({ ok: true });
    const shown = (await sharedNextSteps(db(), member)).filter((s) => s.nextStep === step);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ status: 'open', dueAt: next.dueAt });
  });

  it('puts an advisor’s own open follow-ups in the queue, and counts what is due', async () => {
    const overdue = await createFollowUp(db(), tom, newFollowUp({ dueAt: inDays(-1), confirmPastDue: true }));
    const queue = await followUpQueue(db(), tom);
    expect(new Set(queue.map((item) => item.ownerId))).toEqual(new Set([tom.id]));
    expect(queue.find((item) => overdue.ok && item.id === overdue.id)?.bucket).toBe('overdue');
    expect(await followUpsDueCount(db(), tom)).toBeGreaterThan(0);
    const walloniaQueue = await followUpQueue(db(), wallonia);
    expect(new Set(walloniaQueue.map((item) => `${item.ownerId} ${item.businessName}`))).toEqual(new Set([`${wallonia.id} Boulangerie Renard`]));
    const all = await followUpQueue(db(), staff);
    expect(new Set(all.map((i) => i.ownerId)).size).toBeGreaterThan(1);
    const elsQueue = await followUpQueue(db(), staff, { ownerId: els.id });
    expect(new Set(elsQueue.map((i) => i.ownerId))).toEqual(new Set([els.id]));
  });

  it('serves a calendar feed by its secret address until it is revoked or the advisor deactivated', async () => {
    const token = await createCalendarFeed(db(), tom);
    const feed = await calendarFeedItems(db(), token);
    expect(feed?.owner.id).toBe(tom.id);
    expect(feed!.items.length).toBeGreaterThan(0);
    const renewed = await createCalendarFeed(db(), tom);
    expect(await calendarFeedItems(db(), token)).toBeNull();
    expect(await calendarFeedItems(db(), 'not-a-token-but-long-enough')).toBeNull();
    await db().update(users).set({ status: 'deactivated' }).where(eq(users.id, tom.id));
    expect(await calendarFeedItems(db(), renewed)).toBeNull();
    await db().update(users).set({ status: 'active' }).where(eq(users.id, tom.id));
    expect(await revokeCalendarFeed(db(), tom)).toBe(true);
    expect(await calendarFeedItems(db(), renewed)).toBeNull();
  });
});
