import 'server-only';
import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { advisorRegions, authTokens, users, type User } from '@/db/schema';
import { endUserSessions } from '@/lib/auth/user-sessions';
import { recordAudit } from '@/lib/audit';
import type { Province } from '@/lib/domain/provinces';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

export interface UserListFilters {
  q?: string;
  role?: User['role'];
  status?: User['status'];
  page?: number;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: User['role'];
  status: User['status'];
  regions: Province[];
  lastSignInAt: Date | null;
  /** Advisors only: staff granted them the export of member lists (staff always may). */
  canExport: boolean;
}

export const USERS_PAGE_SIZE = 25;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function regionsOf(db: Database, userIds: string[]): Promise<Map<string, Province[]>> {
  const map = new Map<string, Province[]>();
  if (userIds.length === 0) return map;
  const rows = await db.select().from(advisorRegions).where(inArray(advisorRegions.userId, userIds)).orderBy(asc(advisorRegions.province));
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row.province]);
  return map;
}

/** What staff see of an account, in the user list and on its page (never the password hash). */
const USER_COLUMNS = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  lastSignInAt: users.lastSignInAt,
  canExport: users.canExport,
};

/** Staff only: users matching the filters, a page at a time, with the total. */
export async function listUsers(db: Database, viewer: Viewer | null, filters: UserListFilters): Promise<{ rows: UserRow[]; total: number }> {
  requireRole(viewer, ['staff']);
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.trim())}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)) as SQL);
  }
  if (filters.role) conditions.push(eq(users.role, filters.role));
  if (filters.status) conditions.push(eq(users.status, filters.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filters.page ?? 1);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(USER_COLUMNS)
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db.select({ total: count() }).from(users).where(where),
  ]);
  const regions = await regionsOf(
    db,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => ({ ...r, regions: regions.get(r.id) ?? [] })), total: totalRow?.total ?? 0 };
}

export async function getUser(db: Database, viewer: Viewer | null, userId: string): Promise<UserRow | null> {
  requireRole(viewer, ['staff']);
  const [row] = await db.select(USER_COLUMNS).from(users).where(eq(users.id, userId)).limit(1);
  if (!row) return null;
  return { ...row, regions: (await regionsOf(db, [row.id])).get(row.id) ?? [] };
}

export interface UserChange {
  role: User['role'];
  status: 'active' | 'deactivated';
  regions: Province[];
  /** Whether an advisor may export member lists of their regions. */
  canExport: boolean;
}

export type UserChangeProblem = 'not_found' | 'self_demotion' | 'self_deactivation' | 'pending';

/**
 * Staff change a user's role, regions and status in one transaction, each change audited.
 * Deactivation ends the user's sessions and calendar feed, so neither works again after a reactivation.
 * Staff cannot lock themselves out (demote or deactivate their own account).
 */
export async function updateUser(
  db: Database,
  viewer: Viewer | null,
  userId: string,
  change: UserChange,
  ip?: string,
): Promise<{ ok: true } | { ok: false; problem: UserChangeProblem }> {
  const staff = requireRole(viewer, ['staff']);
  if (userId === staff.id && change.role !== 'staff') return { ok: false, problem: 'self_demotion' };
  if (userId === staff.id && change.status !== 'active') return { ok: false, problem: 'self_deactivation' };
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update').limit(1);
    if (!user) return { ok: false, problem: 'not_found' };
    if (user.status === 'pending' && change.status === 'active') return { ok: false, problem: 'pending' };
    const audit = (action: string, details: Record<string, unknown>) =>
      recordAudit(tx, { actorId: staff.id, actorRole: 'staff', action, entityType: 'user', entityId: user.id, details, ip });

    const newStatus = user.status === 'pending' && change.status === 'deactivated' ? 'deactivated' : user.status === 'pending' ? 'pending' : change.status;
    const roleChanged = user.role !== change.role;
    const statusChanged = user.status !== newStatus;
    if (roleChanged || statusChanged) {
      await tx
        .update(users)
        .set({
          role: change.role,
          status: newStatus,
          updatedAt: new Date(),
        })
        .where(eq(users.id, user.id));
      if (newStatus === 'deactivated' && statusChanged) {
        await endUserSessions(tx, user.id);
        await tx.delete(authTokens).where(and(eq(authTokens.userId, user.id), eq(authTokens.kind, 'calendar_feed')));
      }
      if (roleChanged) await audit('user.role_changed', { from: user.role, to: change.role });
      if (statusChanged) await audit(newStatus === 'deactivated' ? 'user.deactivated' : 'user.reactivated', { from: user.status, to: newStatus });
    }

    const canExport = change.role === 'advisor' && change.canExport;
    if (canExport !== user.canExport) {
      await tx.update(users).set({ canExport, updatedAt: new Date() }).where(eq(users.id, user.id));
      await audit(canExport ? 'user.export_granted' : 'user.export_revoked', { from: user.canExport, to: canExport });
    }

    const regions = change.role === 'advisor' ? [...new Set(change.regions)].sort() : [];
    const before = (await tx.select().from(advisorRegions).where(eq(advisorRegions.userId, user.id))).map((r) => r.province).sort();
    if (JSON.stringify(before) !== JSON.stringify(regions)) {
      await tx.delete(advisorRegions).where(eq(advisorRegions.userId, user.id));
      if (regions.length > 0) await tx.insert(advisorRegions).values(regions.map((province) => ({ userId: user.id, province })));
      await audit('user.regions_changed', { from: before, to: regions });
    }
    return { ok: true };
  });
}
