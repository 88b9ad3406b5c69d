import 'server-only';
import { and, eq, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  userSessions,
  authTokens,
  businesses,
  businessSnapshots,
  channelStatuses,
  classificationHistory,
  emailOutbox,
  followUps,
  helpRequests,
  loginAttempts,
  users,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

/**
 * Everything the portal holds about a member and their business (GDPR access request). The advisor's
 * internal follow-up summaries are not the member's data about themselves and stay out; the next
 * steps shared with the member are in.
 */
export async function exportOwnData(db: Database, viewer: Viewer | null) {
  const member = requireRole(viewer, ['member']);
  const [user] = await db
    .select({
      name: users.name,
      email: users.email,
      locale: users.locale,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
      lastSignInAt: users.lastSignInAt,
      channelReminders: users.channelReminders,
    })
    .from(users)
    .where(eq(users.id, member.id));
  const [business] = await db.select().from(businesses).where(eq(businesses.ownerId, member.id));
  const related = business
    ? {
        channels: await db
          .select({ channel: channelStatuses.channel, status: channelStatuses.status, updatedAt: channelStatuses.updatedAt })
          .from(channelStatuses)
          .where(eq(channelStatuses.businessId, business.id)),
        history: await db
          .select({
            version: businessSnapshots.version,
            data: businessSnapshots.data,
            digitalScore: businessSnapshots.digitalScore,
            createdAt: businessSnapshots.createdAt,
          })
          .from(businessSnapshots)
          .where(eq(businessSnapshots.businessId, business.id)),
        classification: await db
          .select({
            from: classificationHistory.fromClass,
            to: classificationHistory.toClass,
            reason: classificationHistory.reason,
            createdAt: classificationHistory.createdAt,
          })
          .from(classificationHistory)
          .where(eq(classificationHistory.businessId, business.id)),
        helpRequests: await db
          .select({ topic: helpRequests.topic, message: helpRequests.message, createdAt: helpRequests.createdAt, takenAt: helpRequests.takenAt })
          .from(helpRequests)
          .where(eq(helpRequests.businessId, business.id)),
        sharedNextSteps: await db
          .select({ nextStep: followUps.nextStep, dueAt: followUps.dueAt, status: followUps.status })
          .from(followUps)
          .where(and(eq(followUps.businessId, business.id), eq(followUps.nextStepShared, true))),
      }
    : null;
  await recordAudit(db, { actorId: member.id, actorRole: 'member', action: 'member.data_exported', entityType: 'user', entityId: member.id });
  const { searchText: _s, ...businessData } = business ?? ({} as Record<string, unknown>);
  return { exportedAt: new Date().toISOString(), account: user, business: business ? businessData : null, ...related };
}

/**
 * Closes a member's account. The rule (also in the README): the business and everything about it
 * (channels, history, follow-ups, classification) is deleted; the user row is kept only as an
 * anonymous tombstone so the audit log stays consistent; sign-in attempts, links and e-mails
 * addressed to them are deleted. The audit log keeps that the account was closed, not by whom by name.
 */
export async function closeOwnAccount(db: Database, viewer: Viewer | null): Promise<void> {
  const member = requireRole(viewer, ['member']);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, member.id)).for('update');
    if (!user) return;
    // Cascades to channel statuses, snapshots, follow-ups and classification history.
    await tx.delete(businesses).where(eq(businesses.ownerId, member.id));
    await tx.delete(authTokens).where(eq(authTokens.userId, member.id));
    // Sessions hold the member's devices and addresses: gone with the account, which also signs every device out.
    await tx.delete(userSessions).where(eq(userSessions.userId, member.id));
    await tx.delete(loginAttempts).where(eq(sql`lower(${loginAttempts.email})`, user.email.toLowerCase()));
    await tx.delete(emailOutbox).where(or(eq(sql`lower(${emailOutbox.toAddress})`, user.email.toLowerCase())));
    await tx
      .update(users)
      .set({
        name: 'Closed account',
        email: `closed-${member.id}@invalid.kantelpunt`,
        passwordHash: null,
        status: 'deactivated',
        emailVerifiedAt: null,
        lastSignInAt: null,
        updatedAt: new Date(),
      })
      .where(eq(users.id, member.id));
    await recordAudit(tx, { actorId: member.id, actorRole: 'member', action: 'member.account_closed', entityType: 'user', entityId: member.id });
  });
}
