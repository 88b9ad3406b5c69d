import { z } from 'zod';

/** The range staff may choose for the channel reminder, in months after the last save of the channels. */
export const REMINDER_MONTHS_MIN = 1;
export const REMINDER_MONTHS_MAX = 24;

/** Every setting staff change in the portal, with the type of its value. */
interface PortalSettings {
  /** After how many months without a save of the channels a member is reminded to update them. */
  reminderMonths: number;
}

export type PortalSettingKey = keyof PortalSettings;
export type PortalSettingValue<K extends PortalSettingKey> = PortalSettings[K];

/** The schema each setting's value must fit. */
const SCHEMAS: { [K in PortalSettingKey]: z.ZodType<PortalSettings[K]> } = {
  reminderMonths: z.number().int().min(REMINDER_MONTHS_MIN).max(REMINDER_MONTHS_MAX),
};

/** The value in force until staff set one. */
const DEFAULTS: PortalSettings = {
  reminderMonths: 6,
};

/**
 * The stored value of `key` if it fits the key's schema, else the default. Values are jsonb, so
 * they are validated again when read: a row written by another version (or by hand) that no longer
 * fits falls back to the default instead of breaking the portal.
 */
export function settingValue<K extends PortalSettingKey>(key: K, stored: unknown): PortalSettingValue<K> {
  const parsed = SCHEMAS[key].safeParse(stored);
  return parsed.success ? parsed.data : DEFAULTS[key];
}

/** Whether `value` may be stored under `key` (the data access layer refuses anything else). */
export function isValidSetting<K extends PortalSettingKey>(key: K, value: unknown): value is PortalSettingValue<K> {
  return SCHEMAS[key].safeParse(value).success;
}
