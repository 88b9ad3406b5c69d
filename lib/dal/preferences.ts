import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { userPreferences } from '@/db/schema';
import type { TablePreferences } from '@/lib/triage/table-preferences';
import { readTablePreferences, storedTablePreferences } from '@/lib/triage/table-preferences-schema';
import { requireRole } from './access';
import type { Viewer } from './load-viewer';

/** The preference keys, one per screen setting; each has its own schema in lib/. */
const TRIAGE_TABLE = 'triage.table';
const TABLE_ROLES = ['advisor', 'staff'] as const;

/** The viewer's triage table settings, or the defaults when they saved none (or what they saved no longer reads). */
export async function triageTablePreferences(db: Database, viewer: Viewer | null): Promise<TablePreferences> {
  const who = requireRole(viewer, TABLE_ROLES);
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, who.id), eq(userPreferences.key, TRIAGE_TABLE)));
  return readTablePreferences(row?.value);
}

/**
 * Stores the viewer's triage table settings (already validated by the action's strict schema).
 * Not audited: it changes only how the table looks to this one user, and is saved on every
 * toggle, so an audit event per save would bury the events that matter.
 */
export async function saveTriageTablePreferences(db: Database, viewer: Viewer | null, preferences: TablePreferences): Promise<void> {
  const who = requireRole(viewer, TABLE_ROLES);
  const value = storedTablePreferences(preferences);
  await db
    .insert(userPreferences)
    .values({ userId: who.id, key: TRIAGE_TABLE, value })
    .onConflictDoUpdate({ target: [userPreferences.userId, userPreferences.key], set: { value, updatedAt: new Date() } });
}
