import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole } from '@/lib/dal/access';
import type { Viewer } from '@/lib/dal/load-viewer';

/** Whether the member gets the reminder to update their channels (on unless they turned it off). */
export async function getOwnChannelReminders(db: Database, viewer: Viewer | null): Promise<boolean> {
  const member = requireRole(viewer, ['member']);
  const [row] = await db.select({ on: users.channelReminders }).from(users).where(eq(users.id, member.id)).limit(1);
  return row?.on ?? true;
}

/**
 * The member turns the reminder on or off, on their own row only (the id comes from the session,
 * never from the form). Only a real change is written and audited.
 */
export async function setOwnChannelReminders(db: Database, viewer: Viewer | null, enabled: boolean): Promise<void> {
  const member = requireRole(viewer, ['member']);
  await db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ channelReminders: enabled, updatedAt: new Date() })
      .where(and(eq(users.id, member.id), eq(users.role, 'member'), eq(users.channelReminders, !enabled)))
      .returning({ id: users.id });
    if (!changed) return;
    await recordAudit(tx, {
      actorId: member.id,
      actorRole: 'member',
      action: enabled ? 'member.channel_reminders_on' : 'member.channel_reminders_off',
      entityType: 'user',
      entityId: member.id,
    });
  });
}
