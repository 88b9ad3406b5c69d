import { wholeNumberField } from '@/lib/actions/fields';
import { REMINDER_MONTHS_MAX, REMINDER_MONTHS_MIN } from './portal-settings';

/**
 * The staff form's number of months as people type it ("6", "+6", " 12 "), within the setting's
 * range; text, decimals, an empty field and anything outside the range get `message`.
 */
export function reminderMonthsField(message: string) {
  return wholeNumberField({ range: message, whole: message }, REMINDER_MONTHS_MIN, REMINDER_MONTHS_MAX);
}
