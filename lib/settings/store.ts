import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { portalSettings } from '@/db/schema';
import { settingValue, type PortalSettingKey, type PortalSettingValue } from './portal-settings';

/**
 * Reads one setting without asking who reads it: for background work (the reminder job) and for the
 * data access layer, which authorizes before calling this. Settings hold no personal data.
 */
export async function readPortalSetting<K extends PortalSettingKey>(db: Pick<Database, 'select'>, key: K): Promise<PortalSettingValue<K>> {
  const [row] = await db.select({ value: portalSettings.value }).from(portalSettings).where(eq(portalSettings.key, key)).limit(1);
  return settingValue(key, row?.value);
}

/** Stores one setting (the caller has validated and authorized it), in the caller's transaction. */
export async function writePortalSetting<K extends PortalSettingKey>(
  db: Pick<Database, 'insert'>,
  key: K,
  value: PortalSettingValue<K>,
  updatedBy: string,
): Promise<void> {
  const updatedAt = new Date();
  await db
    .insert(portalSettings)
    .values({ key, value, updatedBy, updatedAt })
    .onConflictDoUpdate({ target: portalSettings.key, set: { value, updatedBy, updatedAt } });
}
