import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, helpRequests, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { HelpTopic } from '@/lib/domain/help-requests';
import { requireRole } from './access';
import { assignAdvisor } from './assignments';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

type AskResult = { ok: true; id: string; createdAt: Date } | { ok: false; problem: 'no_business' | 'already_open' };
type TakeUpResult = { ok: true; businessId: string; assigned: boolean } | { ok: false; problem: 'not_found' | 'already_taken' };

const openOnly = sql`${helpRequests.takenAt} is null`;

/**
 * A member asks the advisors of their province for coaching on a topic. One request at a time
 * per business: while one is open, asking again writes nothing (a double submit, a second tab).
 * The business's `help_asked_at` is set in the same transaction, for the triage filter.
 */
export async function askForHelp(db: Database, viewer: Viewer | null, input: { topic: HelpTopic; message: string }, ip?: string): Promise<AskResult> {
  const member = requireRole(viewer, ['member']);
  return db.transaction(async (tx) => {
    // Locked, so two submits at once queue here and the second sees the first's request.
    const [business] = await tx.select({ id: businesses.id }).from(businesses).where(eq(businesses.ownerId, member.id)).limit(1).for('update');
    if (!business) return { ok: false as const, problem: 'no_business' as const };
    const [open] = await tx
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(and(eq(helpRequests.businessId, business.id), openOnly));
    if (open) return { ok: false as const, problem: 'already_open' as const };
    const [created] = await tx
      .insert(helpRequests)
      .values({ businessId: business.id, requestedBy: member.id, topic: input.topic, message: input.message })
      // The partial unique index (one open request per business) is the last word, should anything get past the lock.
      .onConflictDoNothing({ target: helpRequests.businessId, where: openOnly })
      .returning({ id: helpRequests.id, createdAt: helpRequests.createdAt });
    if (!created) return { ok: false as const, problem: 'already_open' as const };
    await tx.update(businesses).set({ helpAskedAt: created.createdAt }).where(eq(businesses.id, business.id));
    await recordAudit(tx, {
      actorId: member.id,
      actorRole: member.role,
      action: 'help_request.created',
      entityType: 'help_request',
      entityId: created.id,
      // The topic, not the message: the audit log is read by staff, the message is for the advisor.
      details: { businessId: business.id, topic: input.topic },
      ip,
    });
    return { ok: true as const, id: created.id, createdAt: created.createdAt };
  });
}

/** The member's own requests, newest first, with who took each up (null while open). */
export async function ownHelpRequests(db: Database, viewer: Viewer | null) {
  const member = requireRole(viewer, ['member']);
  return db
    .select({
      id: helpRequests.id,
      topic: helpRequests.topic,
      message: helpRequests.message,
      createdAt: helpRequests.createdAt,
      takenAt: helpRequests.takenAt,
      takenByName: users.name,
    })
    .from(helpRequests)
    .innerJoin(businesses, eq(businesses.id, helpRequests.businessId))
    .leftJoin(users, eq(users.id, helpRequests.takenBy))
    .where(eq(businesses.ownerId, member.id))
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .limit(20);
}

export type OwnHelpRequest = Awaited<ReturnType<typeof ownHelpRequests>>[number];

/**
 * Open requests an advisor may take up: those of businesses in the provinces they cover (staff:
 * all), longest waiting first.
 */
export async function openHelpRequests(db: Database, viewer: Viewer | null) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db
    .select({
      id: helpRequests.id,
      businessId: businesses.id,
      businessName: businesses.name,
      locality: businesses.locality,
      topic: helpRequests.topic,
      message: helpRequests.message,
      createdAt: helpRequests.createdAt,
    })
    .from(helpRequests)
    .innerJoin(businesses, eq(businesses.id, helpRequests.businessId))
    .where(withinScope(who, isNull(helpRequests.takenAt)))
    .orderBy(asc(helpRequests.createdAt), asc(helpRequests.id))
    .limit(200);
}

export type OpenHelpRequest = Awaited<ReturnType<typeof openHelpRequests>>[number];

/**
 * An advisor of the business's province (or staff) takes up an open request. Of two at once, one
 * wins; the other is told it was taken. A business without an advisor gets the one who took it
 * up (staff take requests up without becoming the business's advisor). A request outside the
 * viewer's provinces is not found, as if it did not exist.
 */
export async function takeUpHelpRequest(db: Database, viewer: Viewer | null, id: string, ip?: string): Promise<TakeUpResult> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ businessId: businesses.id, assignedAdvisorId: businesses.assignedAdvisorId })
      .from(helpRequests)
      .innerJoin(businesses, eq(businesses.id, helpRequests.businessId))
      .where(withinScope(who, eq(helpRequests.id, id)))
      // The business too: a member asking again waits until this take-up is written.
      .for('update');
    if (!found) return { ok: false as const, problem: 'not_found' as const };
    const [taken] = await tx
      .update(helpRequests)
      .set({ takenBy: who.id, takenAt: new Date() })
      .where(and(eq(helpRequests.id, id), openOnly))
      .returning({ id: helpRequests.id });
    if (!taken) return { ok: false as const, problem: 'already_taken' as const };
    await tx.update(businesses).set({ helpAskedAt: null }).where(eq(businesses.id, found.businessId));
    let assigned = false;
    if (who.role === 'advisor' && !found.assignedAdvisorId) {
      // The same rules and audit event as assigning from the triage table, inside this transaction.
      assigned = (await assignAdvisor(tx, who, [found.businessId], who.id, ip)).ok;
    }
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'help_request.taken_up',
      entityType: 'help_request',
      entityId: id,
      details: { businessId: found.businessId, assigned },
      ip,
    });
    return { ok: true as const, businessId: found.businessId, assigned };
  });
}
