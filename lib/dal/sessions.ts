import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { userSessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { endUserSessions } from '@/lib/auth/user-sessions';
import { ALL_ROLES, requireRole } from './access';
import type { Viewer } from './load-viewer';

export interface OwnSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
  /** The session this request came with. */
  current: boolean;
}

/** The viewer's live sessions (signed in, not signed out, not expired), most recently used first. */
export async function listOwnSessions(db: Database, viewer: Viewer | null): Promise<OwnSession[]> {
  const who = requireRole(viewer, ALL_ROLES);
  const rows = await db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      expiresAt: userSessions.expiresAt,
      userAgent: userSessions.userAgent,
      ip: userSessions.ip,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, who.id), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
  return rows.map((row) => ({ ...row, current: row.id === who.sessionId }));
}

/** Signs out one of the viewer's own sessions (another device, or this one). False when it was not theirs or already ended. */
export async function endOwnSession(db: Database, viewer: Viewer | null, sessionId: string, ip?: string): Promise<boolean> {
  const who = requireRole(viewer, ALL_ROLES);
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, who.id), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    if (ended.length === 0) return false;
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'auth.session_ended',
      entityType: 'user',
      entityId: who.id,
      details: { session: sessionId },
      ip,
    });
    return true;
  });
}

/** Signs out every session of the viewer but the one making the request. Returns how many ended. */
export async function endOtherOwnSessions(db: Database, viewer: Viewer | null, ip?: string): Promise<number> {
  const who = requireRole(viewer, ALL_ROLES);
  return db.transaction(async (tx) => {
    const count = await endUserSessions(tx, who.id, who.sessionId ?? undefined);
    if (count > 0)
      await recordAudit(tx, {
        actorId: who.id,
        actorRole: who.role,
        action: 'auth.other_sessions_ended',
        entityType: 'user',
        entityId: who.id,
        rowCount: count,
        ip,
      });
    return count;
  });
}
