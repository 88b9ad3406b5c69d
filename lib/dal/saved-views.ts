import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { savedViews } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { recordAudit } from '@/lib/audit';
import { parseTriageQuery, triageSearchParams } from '@/lib/triage/query';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

/** Who has saved views: the roles that see the triage page. */
const VIEW_ROLES = ['advisor', 'staff'] as const;

export interface SavedView {
  id: string;
  name: string;
  query: string;
  isDefault: boolean;
}

/** Why a change to a view was refused: another view of the same user has the name, or the view is not the viewer's. */
export type ViewProblem = 'name_taken' | 'not_found';
export type ViewResult = { ok: true; view: { id: string; name: string } } | { ok: false; problem: ViewProblem };

/** A user's own saved triage views, by name. */
export async function listSavedViews(db: Database, viewer: Viewer | null): Promise<SavedView[]> {
  const who = requireRole(viewer, VIEW_ROLES);
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query, isDefault: savedViews.isDefault })
    .from(savedViews)
    .where(eq(savedViews.userId, who.id))
    .orderBy(asc(savedViews.name));
}

/**
 * The query of the viewer's default view, for the triage page opened without one; null when the
 * viewer chose none. Opening it is still scoped by the viewer's regions, like any address.
 */
export async function defaultViewQuery(db: Database, viewer: Viewer | null): Promise<string | null> {
  const who = requireRole(viewer, VIEW_ROLES);
  const [view] = await db
    .select({ query: savedViews.query })
    .from(savedViews)
    .where(and(eq(savedViews.userId, who.id), eq(savedViews.isDefault, true)))
    .limit(1);
  return view?.query ?? null;
}

/** The query re-parsed and re-written, so only a valid view is ever stored (and the same view always reads the same). */
function normaliseViewQuery(rawQuery: string): string {
  const { query } = parseTriageQuery(Object.fromEntries(new URLSearchParams(rawQuery)));
  return triageSearchParams(query, { page: 1 }).toString();
}

/** Saves the current view under a new name; a name the viewer already uses is refused, never overwritten. */
export async function createView(db: Database, viewer: Viewer | null, name: string, rawQuery: string, ip: string | null = null): Promise<ViewResult> {
  const who = requireRole(viewer, VIEW_ROLES);
  const query = normaliseViewQuery(rawQuery);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(savedViews)
      .values({ userId: who.id, name, query })
      .onConflictDoNothing({ target: [savedViews.userId, savedViews.name] })
      .returning({ id: savedViews.id, name: savedViews.name });
    if (!created) return { ok: false, problem: 'name_taken' };
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'view.create',
      entityType: 'saved_view',
      entityId: created.id,
      details: { name, query },
      ip,
    });
    return { ok: true, view: created };
  });
}

/** Renames one of the viewer's own views; another user's view does not exist for them. */
export async function renameView(db: Database, viewer: Viewer | null, viewId: string, name: string, ip: string | null = null): Promise<ViewResult> {
  const who = requireRole(viewer, VIEW_ROLES);
  try {
    return await db.transaction(async (tx): Promise<ViewResult> => {
      const [current] = await tx
        .select({ id: savedViews.id, name: savedViews.name })
        .from(savedViews)
        .where(and(eq(savedViews.id, viewId), eq(savedViews.userId, who.id)))
        .for('update');
      if (!current) return { ok: false, problem: 'not_found' };
      if (current.name === name) return { ok: true, view: current };
      await tx.update(savedViews).set({ name }).where(eq(savedViews.id, current.id));
      await recordAudit(tx, {
        actorId: who.id,
        actorRole: who.role,
        action: 'view.rename',
        entityType: 'saved_view',
        entityId: current.id,
        details: { from: current.name, to: name },
        ip,
      });
      return { ok: true, view: { id: current.id, name } };
    });
  } catch (error) {
    // The unique index (user, name) decides, so a rename racing a save with the same name cannot leave two.
    if (isUniqueViolation(error)) return { ok: false, problem: 'name_taken' };
    throw error;
  }
}

/**
 * Makes one of the viewer's views their default (replacing the previous one), or with `null`
 * leaves them without a default. The old default is cleared first, in the same transaction, so
 * the partial unique index (one default per user) holds at every step.
 */
export async function setDefaultView(
  db: Database,
  viewer: Viewer | null,
  viewId: string | null,
  ip: string | null = null,
): Promise<ViewResult | { ok: true; view: null }> {
  const who = requireRole(viewer, VIEW_ROLES);
  return db.transaction(async (tx) => {
    let target: { id: string; name: string } | undefined;
    if (viewId !== null) {
      [target] = await tx
        .select({ id: savedViews.id, name: savedViews.name })
        .from(savedViews)
        .where(and(eq(savedViews.id, viewId), eq(savedViews.userId, who.id)))
        .for('update');
      if (!target) return { ok: false, problem: 'not_found' };
    }
    await tx
      .update(savedViews)
      .set({ isDefault: false })
      .where(and(eq(savedViews.userId, who.id), eq(savedViews.isDefault, true)));
    if (target) await tx.update(savedViews).set({ isDefault: true }).where(eq(savedViews.id, target.id));
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: target ? 'view.default_set' : 'view.default_cleared',
      entityType: 'saved_view',
      entityId: target?.id,
      ip,
    });
    return { ok: true, view: target ?? null };
  });
}

/** Deletes one of the viewer's own views (a default view deleted leaves no default); its name, or null when there is none such. */
export async function deleteView(db: Database, viewer: Viewer | null, viewId: string, ip: string | null = null): Promise<string | null> {
  const who = requireRole(viewer, VIEW_ROLES);
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(savedViews)
      .where(and(eq(savedViews.id, viewId), eq(savedViews.userId, who.id)))
      .returning({ id: savedViews.id, name: savedViews.name });
    if (!deleted) return null;
    await recordAudit(tx, {
      actorId: who.id,
      actorRole: who.role,
      action: 'view.delete',
      entityType: 'saved_view',
      entityId: deleted.id,
      details: { name: deleted.name },
      ip,
    });
    return deleted.name;
  });
}
