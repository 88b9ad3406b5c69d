import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { savedViews } from '@/db/schema';
import { parseTriageQuery, triageSearchParams } from '@/lib/triage/query';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

/** A user's own saved triage views, by name. */
export async function listSavedViews(db: Database, viewer: Viewer | null) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
    .from(savedViews)
    .where(eq(savedViews.userId, who.id))
    .orderBy(asc(savedViews.name));
}

/**
 * Saves (or replaces, by name) the current view. The query is re-parsed and re-written, so only a
 * valid view is ever stored; opening it later is still scoped by the viewer's regions.
 */
export async function saveView(db: Database, viewer: Viewer | null, name: string, rawQuery: string): Promise<void> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const { query } = parseTriageQuery(Object.fromEntries(new URLSearchParams(rawQuery)));
  const normalised = triageSearchParams(query, { page: 1 }).toString();
  await db
    .insert(savedViews)
    .values({ userId: who.id, name, query: normalised })
    .onConflictDoUpdate({ target: [savedViews.userId, savedViews.name], set: { query: normalised } });
}

export async function deleteView(db: Database, viewer: Viewer | null, viewId: string): Promise<boolean> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const deleted = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, viewId), eq(savedViews.userId, who.id)))
    .returning({ id: savedViews.id });
  return deleted.length > 0;
}
