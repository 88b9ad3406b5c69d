import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { authTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { requireRole } from './access';
import { followUpQueue, type QueueItem } from './follow-up-queue';
import { loadViewer, type Viewer } from './load-viewer';

/**
 * Each advisor's private iCalendar feed of their open follow-ups. The URL holds a random token
 * (only its hash is stored); making a new one or revoking deletes the old one, so a leaked URL
 * stops working at once.
 */
export async function createCalendarFeed(db: Database, viewer: Viewer | null, ip?: string): Promise<string> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await tx.delete(authTokens).where(and(eq(authTokens.userId, who.id), eq(authTokens.kind, 'calendar_feed')));
    await tx.insert(authTokens).values({ userId: who.id, kind: 'calendar_feed', tokenHash: hash });
    await recordAudit(tx, { actorId: who.id, actorRole: who.role, action: 'calendar_feed.created', entityType: 'user', entityId: who.id, ip });
  });
  return token;
}

export async function revokeCalendarFeed(db: Database, viewer: Viewer | null, ip?: string): Promise<boolean> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(authTokens)
      .where(and(eq(authTokens.userId, who.id), eq(authTokens.kind, 'calendar_feed')))
      .returning({ id: authTokens.id });
    if (removed.length > 0)
      await recordAudit(tx, { actorId: who.id, actorRole: who.role, action: 'calendar_feed.revoked', entityType: 'user', entityId: who.id, ip });
    return removed.length > 0;
  });
}

/** When the viewer's feed was made, or null when they have none. */
export async function calendarFeedSince(db: Database, viewer: Viewer | null): Promise<Date | null> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const [row] = await db
    .select({ createdAt: authTokens.createdAt })
    .from(authTokens)
    .where(and(eq(authTokens.userId, who.id), eq(authTokens.kind, 'calendar_feed')));
  return row?.createdAt ?? null;
}

/**
 * The follow-ups a feed URL shows: the owner's open ones, with the same scope as their queue
 * (re-read now, so a deactivated advisor's feed is empty-handed: null). Null for an unknown token.
 */
export async function calendarFeedItems(db: Database, token: string): Promise<{ owner: Viewer; items: QueueItem[] } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ userId: users.id })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, 'calendar_feed')));
  if (!row) return null;
  const owner = await loadViewer(db, row.userId);
  if (!owner || owner.role === 'member') return null;
  return { owner, items: await followUpQueue(db, owner, { ownerId: owner.id }) };
}
