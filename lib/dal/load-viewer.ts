import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { advisorRegions, userSessions, users, type User } from '@/db/schema';
import type { Province } from '@/lib/domain/provinces';

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  locale: User['locale'];
  /** Provinces an advisor covers; empty for members and staff (staff see all). */
  regions: Province[];
  canExport: boolean;
  /** The sign-in session this request came with; null where the user acts without one (calendar feed, jobs, tests). */
  sessionId: string | null;
}

/** A session's "last seen" is written at most this often, so browsing does not write on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * The signed-in user as the database knows them now, or null when they may no longer act. With a
 * session id, that session must also be live (not revoked, not past its absolute expiry): this is
 * what makes signing out, a password change or a deactivation end a session on the server.
 */
export async function loadViewer(db: Database, userId: string, sessionId?: string): Promise<Viewer | null> {
  const columns = {
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    locale: users.locale,
    status: users.status,
    canExport: users.canExport,
    // One round trip for the user and their provinces (every page asks this first); only an advisor's provinces count.
    regions: sql<Province[]>`array(select ${advisorRegions.province}::text from ${advisorRegions} where ${advisorRegions.userId} = ${users.id} order by 1)`,
  };
  const [user] = sessionId
    ? await db
        .select({ ...columns, lastSeenAt: userSessions.lastSeenAt })
        .from(users)
        .innerJoin(
          userSessions,
          and(eq(userSessions.userId, users.id), eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)),
        )
        .where(eq(users.id, userId))
        .limit(1)
    : await db
        .select({ ...columns, lastSeenAt: sql<null>`null` })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
  if (!user || user.status !== 'active') return null;
  if (sessionId && user.lastSeenAt && Date.now() - user.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(userSessions).set({ lastSeenAt: new Date() }).where(eq(userSessions.id, sessionId));
  }
  const regions = user.role === 'advisor' ? user.regions : [];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    regions,
    canExport: user.role === 'staff' || user.canExport,
    sessionId: sessionId ?? null,
  };
}
