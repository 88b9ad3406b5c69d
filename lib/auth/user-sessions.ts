import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { userSessions } from '@/db/schema';

/** A session's absolute lifetime: refreshing the cookie never extends it past this. */
export const SESSION_LIFETIME_MS = 8 * 3600_000;

type Writer = Pick<Database, 'insert' | 'update'>;

export interface SessionOrigin {
  userAgent: string | null;
  ip: string;
}

/** Opens a session for a successful sign-in; its id is the only thing the session token carries. */
export async function startSession(db: Writer, userId: string, origin: SessionOrigin, now = new Date()): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      ip: origin.ip,
    })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** True while the session is neither revoked nor past its absolute expiry (and belongs to the user). */
export async function isSessionLive(db: Pick<Database, 'select'>, sessionId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .limit(1);
  return Boolean(row);
}

/** Ends one session (sign-out). Idempotent. */
export async function endSession(db: Writer, sessionId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/**
 * Ends every live session of a user, except `keep` (the one making the change, when it should
 * stay signed in). Used on password change or reset, deactivation and account closing.
 */
export async function endUserSessions(db: Writer, userId: string, keep?: string): Promise<number> {
  const ended = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        keep ? ne(userSessions.id, keep) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return ended.length;
}
