import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { advisorRegions, businesses, followUps, users, type FollowUp } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';
import { contactTime } from '@/lib/domain/follow-ups';

/** A follow-up as stored; pages take the type from here, not from db/schema. */
export type { FollowUp };
type FollowUpKind = FollowUp['kind'];
type FollowUpStatus = FollowUp['status'];

/** What an advisor records about one contact with a member. */
export interface FollowUpFields {
  kind: FollowUpKind;
  happenedAt: Date | null;
  summary: string;
  nextStep: string | null;
  nextStepShared: boolean;
  dueAt: Date | null;
  ownerId: string;
  status: FollowUpStatus;
  cancelReason: string | null;
}

export interface NewFollowUp extends FollowUpFields {
  businessId: string;
  /** From the form, one per form load: a double click or a replayed request creates one row. */
  idempotencyKey: string;
  /** A due date in the past is a mistake unless the advisor confirms it. */
  confirmPastDue: boolean;
}

type FollowUpProblem = 'not_found' | 'owner_region' | 'past_due' | 'key_reused';
export type CreateResult = { ok: true; id: string; replayed: boolean } | { ok: false; problem: FollowUpProblem };
export type ChangeResult =
  | { ok: true; version: number }
  | { ok: false; problem: 'not_found' | 'owner_region' | 'past_due' | 'key_reused' | 'closed' }
  | { ok: false; problem: 'conflict'; current: FollowUp };

type Who = Viewer;

function fingerprint(input: NewFollowUp): string {
  const { confirmPastDue: _confirm, idempotencyKey: _key, ...content } = input;
  const canonical = { ...content, happenedAt: content.happenedAt?.toISOString() ?? null, dueAt: content.dueAt?.toISOString() ?? null };
  return createHash('sha256')
    .update(JSON.stringify(canonical, Object.keys(canonical).sort()))
    .digest('hex');
}

/** The business, locked, if the viewer may touch it. */
async function lockBusiness(tx: Transaction, who: Who, businessId: string) {
  const [business] = await tx
    .select({ id: businesses.id, province: businesses.province, name: businesses.name })
    .from(businesses)
    .where(withinScope(who, eq(businesses.id, businessId)))
    .for('update');
  return business ?? null;
}

/** The owner must be an active advisor who covers the business's province. */
async function ownerCovers(tx: Transaction, ownerId: string, province: string | null): Promise<boolean> {
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .leftJoin(advisorRegions, eq(advisorRegions.userId, users.id))
    .where(
      and(eq(users.id, ownerId), eq(users.role, 'advisor'), eq(users.status, 'active'), province ? eq(advisorRegions.province, province as never) : undefined),
    )
    .limit(1);
  return Boolean(owner);
}

/**
 * Keeps the business row's follow-up summary (last contact, next follow-up and its owner) in step
 * with its follow-ups, inside the caller's transaction, so the triage table needs no join.
 */
export async function refreshFollowUpSummary(tx: Transaction, businessId: string): Promise<void> {
  await tx.execute(sql`
    update businesses set
      last_contact_at = (select max(f.happened_at) from follow_ups f where f.business_id = ${businessId} and f.status = 'done'),
      (next_follow_up_at, next_follow_up_owner_id) = (
        select f.due_at, f.owner_id from follow_ups f
        where f.business_id = ${businessId} and f.status = 'open' and f.due_at is not null
        order by f.due_at, f.id limit 1)
    where id = ${businessId}`);
}

function isPast(date: Date | null, now: Date): boolean {
  return date !== null && date.getTime() < now.getTime() - 60_000;
}

/** Inserts one follow-up inside the caller's transaction (the business is locked and checked). */
async function insertFollowUp(
  tx: Transaction,
  who: Who,
  business: { id: string; province: string | null },
  input: NewFollowUp,
  ip?: string,
): Promise<CreateResult> {
  const print = fingerprint(input);
  const [existing] = await tx
    .select({ id: followUps.id, print: followUps.requestFingerprint })
    .from(followUps)
    .where(eq(followUps.idempotencyKey, input.idempotencyKey));
  if (existing) return existing.print === print ? { ok: true, id: existing.id, replayed: true } : { ok: false, problem: 'key_reused' };
  if (input.status === 'open' && isPast(input.dueAt, new Date()) && !input.confirmPastDue) return { ok: false, problem: 'past_due' };
  if (!(await ownerCovers(tx, input.ownerId, business.province))) return { ok: false, problem: 'owner_region' };

  const [created] = await tx
    .insert(followUps)
    .values({
      businessId: business.id,
      ownerId: input.ownerId,
      createdBy: who.id,
      kind: input.kind,
      happenedAt: input.happenedAt ?? (input.status === 'done' ? new Date() : null),
      summary: input.summary,
      nextStep: input.nextStep,
      nextStepShared: input.nextStepShared,
      dueAt: input.dueAt,
      status: input.status,
      cancelReason: input.status === 'cancelled' ? input.cancelReason : null,
      idempotencyKey: input.idempotencyKey,
      requestFingerprint: print,
    })
    // Two requests with one key racing: the second waits for the first and inserts nothing.
    .onConflictDoNothing({ target: followUps.idempotencyKey })
    .returning({ id: followUps.id });
  if (!created) {
    const [winner] = await tx
      .select({ id: followUps.id, print: followUps.requestFingerprint })
      .from(followUps)
      .where(eq(followUps.idempotencyKey, input.idempotencyKey));
    return winner?.print === print ? { ok: true, id: winner.id, replayed: true } : { ok: false, problem: 'key_reused' };
  }
  await refreshFollowUpSummary(tx, business.id);
  await recordAudit(tx, {
    actorId: who.id,
    actorRole: who.role,
    action: 'follow_up.created',
    entityType: 'follow_up',
    entityId: created.id,
    details: {
      businessId: business.id,
      kind: input.kind,
      status: input.status,
      ownerId: input.ownerId,
      dueAt: input.dueAt?.toISOString() ?? null,
      shared: input.nextStepShared,
    },
    ip,
  });
  return { ok: true, id: created.id, replayed: false };
}

/**
 * Records a follow-up on a business the viewer may touch. The follow-up, the business's
 * next-contact fields and the audit event are written in one transaction: all or nothing.
 */
export async function createFollowUp(db: Database, viewer: Viewer | null, input: NewFollowUp, ip?: string): Promise<CreateResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const business = await lockBusiness(tx, who, input.businessId);
    if (!business) return { ok: false as const, problem: 'not_found' as const };
    return insertFollowUp(tx, who, business, input, ip);
  });
}

/**
 * A follow-up with its business, both locked (as recording one locks the business), if the viewer
 * may touch that business: changes to one business's follow-ups then run one after the other, so
 * its next-contact fields always reflect the last of them.
 */
async function lockFollowUp(tx: Transaction, who: Who, id: string) {
  const [row] = await tx
    .select({ followUp: followUps, province: businesses.province })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .where(withinScope(who, eq(followUps.id, id)))
    .for('update');
  return row ?? null;
}

type Change = Partial<Omit<FollowUpFields, 'ownerId'>> & { ownerId?: string };

/**
 * Applies a change to a follow-up if it still has the version the editor saw; otherwise nothing
 * is written and the stored follow-up comes back, so the editor sees the other person's text.
 */
async function changeFollowUp(
  tx: Transaction,
  who: Who,
  id: string,
  version: number,
  change: Change,
  audit: { action: string; details: Record<string, unknown> },
  ip?: string,
  options: { onlyWhenOpen?: boolean } = {},
): Promise<ChangeResult> {
  const found = await lockFollowUp(tx, who, id);
  if (!found) return { ok: false, problem: 'not_found' };
  const { followUp, province } = found;
  if (followUp.version !== version) return { ok: false, problem: 'conflict', current: followUp };
  // Only an open follow-up can be completed or cancelled (a done one cancelled would lose its contact).
  if (options.onlyWhenOpen && followUp.status !== 'open') return { ok: false, problem: 'closed' };
  if (change.ownerId && change.ownerId !== followUp.ownerId && !(await ownerCovers(tx, change.ownerId, province)))
    return { ok: false, problem: 'owner_region' };
  const [updated] = await tx
    .update(followUps)
    .set({ ...change, version: followUp.version + 1, updatedAt: new Date() })
    .where(and(eq(followUps.id, id), eq(followUps.version, version)))
    .returning();
  await refreshFollowUpSummary(tx, followUp.businessId);
  await recordAudit(tx, {
    actorId: who.id,
    actorRole: who.role,
    action: audit.action,
    entityType: 'follow_up',
    entityId: id,
    details: { businessId: followUp.businessId, ...audit.details },
    ip,
  });
  return { ok: true, version: updated!.version };
}

/** Edits a follow-up (optimistic concurrency on its version). */
export async function updateFollowUp(
  db: Database,
  viewer: Viewer | null,
  id: string,
  version: number,
  fields: FollowUpFields,
  ip?: string,
): Promise<ChangeResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    // A done follow-up whose time was left empty keeps the time it has: never "now" over a real time.
    const { happenedAt, ...rest } = fields;
    const change: Change = {
      ...rest,
      ...(happenedAt || fields.status !== 'done' ? { happenedAt } : {}),
      cancelReason: fields.status === 'cancelled' ? fields.cancelReason : null,
    };
    return changeFollowUp(tx, who, id, version, change, { action: 'follow_up.updated', details: { status: fields.status, ownerId: fields.ownerId } }, ip);
  });
}

export interface Completion {
  happenedAt: Date | null;
  /** What came of it; appended to the summary when given. */
  outcome: string | null;
  /** The next follow-up, created in the same transaction; null when none is needed. */
  next: Omit<NewFollowUp, 'businessId' | 'status' | 'cancelReason' | 'happenedAt' | 'summary'> | null;
}

/** Marks a follow-up done and, unless the advisor says none is needed, schedules the next one. */
export async function completeFollowUp(
  db: Database,
  viewer: Viewer | null,
  id: string,
  version: number,
  completion: Completion,
  ip?: string,
): Promise<ChangeResult & { nextId?: string }> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  try {
    return await db.transaction(async (tx) => {
      const found = await lockFollowUp(tx, who, id);
      if (!found) return { ok: false as const, problem: 'not_found' as const };
      // The same completion posted twice: the first one's next follow-up exists; answer as the first did.
      if (completion.next && found.followUp.status === 'done') {
        const [earlier] = await tx.select({ id: followUps.id }).from(followUps).where(eq(followUps.idempotencyKey, completion.next.idempotencyKey));
        if (earlier) return { ok: true as const, version: found.followUp.version, nextId: earlier.id };
      }
      const summary = completion.outcome ? [found.followUp.summary, completion.outcome].filter(Boolean).join('\n\n') : found.followUp.summary;
      const result = await changeFollowUp(
        tx,
        who,
        id,
        version,
        { status: 'done', happenedAt: completion.happenedAt ?? contactTime(found.followUp, new Date()), summary, cancelReason: null },
        { action: 'follow_up.completed', details: { next: Boolean(completion.next) } },
        ip,
        { onlyWhenOpen: true },
      );
      if (!result.ok || !completion.next) return result;
      const next = await insertFollowUp(
        tx,
        who,
        { id: found.followUp.businessId, province: found.province },
        { ...completion.next, businessId: found.followUp.businessId, status: 'open', cancelReason: null, happenedAt: null, summary: '' },
        ip,
      );
      // Any problem with the next one undoes the completion too: nothing half-written.
      if (!next.ok) throw new Rollback(next.problem);
      return { ok: true as const, version: result.version, nextId: next.id };
    });
  } catch (error) {
    if (error instanceof Rollback) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Rollback extends Error {
  constructor(readonly problem: FollowUpProblem) {
    super(problem);
  }
}

/** Cancels a follow-up, with the reason. */
export async function cancelFollowUp(db: Database, viewer: Viewer | null, id: string, version: number, reason: string, ip?: string): Promise<ChangeResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction((tx) =>
    changeFollowUp(tx, who, id, version, { status: 'cancelled', cancelReason: reason }, { action: 'follow_up.cancelled', details: { reason } }, ip, {
      onlyWhenOpen: true,
    }),
  );
}

/** Moves an open follow-up to another due time (a past one only when the advisor confirms it). */
export async function rescheduleFollowUp(
  db: Database,
  viewer: Viewer | null,
  id: string,
  version: number,
  dueAt: Date,
  confirmPastDue: boolean,
  ip?: string,
): Promise<ChangeResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  if (isPast(dueAt, new Date()) && !confirmPastDue) return { ok: false, problem: 'past_due' };
  return db.transaction((tx) =>
    changeFollowUp(tx, who, id, version, { dueAt }, { action: 'follow_up.rescheduled', details: { dueAt: dueAt.toISOString() } }, ip, { onlyWhenOpen: true }),
  );
}

/**
 * Staff hand open follow-ups to another advisor (who must cover each business's province). All
 * or nothing; one audit event per follow-up.
 */
export async function reassignFollowUps(
  db: Database,
  viewer: Viewer | null,
  ids: string[],
  ownerId: string,
  ip?: string,
): Promise<{ ok: true; count: number } | { ok: false; problem: 'not_found' | 'owner_region' }> {
  const who = requireRole(viewer, ['staff']);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: followUps.id, businessId: followUps.businessId, ownerId: followUps.ownerId, province: businesses.province })
      .from(followUps)
      .innerJoin(businesses, eq(businesses.id, followUps.businessId))
      .where(and(inArray(followUps.id, ids), eq(followUps.status, 'open')))
      .for('update');
    if (rows.length !== new Set(ids).size) return { ok: false as const, problem: 'not_found' as const };
    for (const province of new Set(rows.map((r) => r.province))) {
      if (!(await ownerCovers(tx, ownerId, province))) return { ok: false as const, problem: 'owner_region' as const };
    }
    await tx
      .update(followUps)
      .set({ ownerId, version: sql`${followUps.version} + 1`, updatedAt: new Date() })
      .where(inArray(followUps.id, ids));
    for (const businessId of new Set(rows.map((r) => r.businessId))) await refreshFollowUpSummary(tx, businessId);
    for (const row of rows) {
      await recordAudit(tx, {
        actorId: who.id,
        actorRole: who.role,
        action: 'follow_up.reassigned',
        entityType: 'follow_up',
        entityId: row.id,
        details: { businessId: row.businessId, from: row.ownerId, to: ownerId },
        ip,
      });
    }
    return { ok: true as const, count: rows.length };
  });
}

/** A business's follow-ups, newest first, with owner names (scoped like the business). */
export async function businessFollowUps(db: Database, viewer: Viewer | null, businessId: string) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db
    .select({ followUp: followUps, ownerName: users.name })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .where(withinScope(who, eq(followUps.businessId, businessId)))
    .orderBy(sql`coalesce(${followUps.happenedAt}, ${followUps.dueAt}, ${followUps.createdAt}) desc`, sql`${followUps.createdAt} desc`)
    .limit(200);
}

/** One follow-up the viewer may touch, with its business name and owner. */
export async function getFollowUp(db: Database, viewer: Viewer | null, id: string) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({ followUp: followUps, businessName: businesses.name, ownerName: users.name })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .where(withinScope(who, eq(followUps.id, id)));
  return row ?? null;
}

/**
 * The next steps an advisor shared with the member, for the member's own page: the step, its due
 * date, status and advisor. Never the advisor's summary.
 */
export async function sharedNextSteps(db: Database, viewer: Viewer | null) {
  const member = requireRole(viewer, ['member']);
  return db
    .select({
      id: followUps.id,
      nextStep: followUps.nextStep,
      dueAt: followUps.dueAt,
      status: followUps.status,
      kind: followUps.kind,
      advisor: users.name,
      agreedAt: followUps.createdAt,
    })
    .from(followUps)
    .innerJoin(businesses, eq(businesses.id, followUps.businessId))
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .where(
      and(
        eq(businesses.ownerId, member.id),
        eq(followUps.nextStepShared, true),
        or(eq(followUps.status, 'open'), eq(followUps.status, 'done')),
        sql`${followUps.nextStep} is not null`,
        // Completing a follow-up carries its step over to the next one (the form pre-fills it):
        // the member sees that step once, as the newer follow-up, not also as the done one.
        sql`not exists (
          select 1 from follow_ups later
          where later.business_id = ${followUps.businessId} and later.id <> ${followUps.id}
            and later.next_step_shared and later.next_step = ${followUps.nextStep}
            and later.status in ('open', 'done') and later.created_at > ${followUps.createdAt})`,
      ),
    )
    .orderBy(sql`${followUps.status} = 'done'`, sql`${followUps.dueAt} asc nulls last`, sql`${followUps.createdAt} desc`)
    .limit(20);
}

/** Active advisors who may own follow-ups of a business (those covering its province). */
export async function possibleOwners(db: Database, viewer: Viewer | null, businessId: string) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const [business] = await db
    .select({ province: businesses.province })
    .from(businesses)
    .where(withinScope(who, eq(businesses.id, businessId)));
  if (!business) return [];
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(advisorRegions, eq(advisorRegions.userId, users.id))
    .where(and(eq(users.role, 'advisor'), eq(users.status, 'active'), business.province ? eq(advisorRegions.province, business.province) : undefined))
    .orderBy(users.name);
}
