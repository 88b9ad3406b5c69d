import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { portalSettings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { isValidSetting } from '@/lib/settings/portal-settings';
import { readPortalSetting, writePortalSetting } from '@/lib/settings/store';
import { ALL_ROLES, requireRole } from './access';
import type { Viewer } from './load-viewer';

/** After how many months without a save of the channels a member is reminded; every signed-in role may know it (the member's page says it). */
export async function getReminderMonths(db: Database, viewer: Viewer | null): Promise<number> {
  requireRole(viewer, ALL_ROLES);
  return readPortalSetting(db, 'reminderMonths');
}

/** The reminder setting for the staff form: the value in force, and who last changed it and when (null while the default holds). */
export async function getReminderSetting(db: Database, viewer: Viewer | null) {
  requireRole(viewer, ['staff']);
  const [months, [changed]] = await Promise.all([
    readPortalSetting(db, 'reminderMonths'),
    db
      .select({ at: portalSettings.updatedAt, by: users.name })
      .from(portalSettings)
      .leftJoin(users, eq(users.id, portalSettings.updatedBy))
      .where(eq(portalSettings.key, 'reminderMonths'))
      .limit(1),
  ]);
  return { months, changedAt: changed?.at ?? null, changedBy: changed?.by ?? null };
}

export type ReminderMonthsResult = { ok: true } | { ok: false; problem: 'out_of_range' };

/**
 * Staff set the number of months after which a member is reminded to update their channels. The
 * action validates first; this checks the range again so no other caller can store a value the
 * reminder job would ignore. The change and its audit event are one transaction.
 */
export async function changeReminderMonths(db: Database, viewer: Viewer | null, months: number, ip?: string): Promise<ReminderMonthsResult> {
  const staff = requireRole(viewer, ['staff']);
  if (!isValidSetting('reminderMonths', months)) return { ok: false, problem: 'out_of_range' };
  await db.transaction(async (tx) => {
    const before = await readPortalSetting(tx, 'reminderMonths');
    await writePortalSetting(tx, 'reminderMonths', months, staff.id);
    await recordAudit(tx, {
      actorId: staff.id,
      actorRole: 'staff',
      action: 'settings.changed',
      entityType: 'portal_setting',
      entityId: 'reminderMonths',
      details: { from: before, to: months },
      ip,
    });
  });
  return { ok: true };
}
