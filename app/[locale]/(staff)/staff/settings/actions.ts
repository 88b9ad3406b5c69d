'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { echoValues } from '@/lib/actions/form-data';
import type { ActionResult } from '@/lib/actions/result';
import { getTranslations } from '@/lib/i18n/server';
import { changeReminderMonths } from '@/lib/dal/portal-settings';
import { currentIp } from '@/lib/server/current-request';
import { REMINDER_MONTHS_MAX, REMINDER_MONTHS_MIN } from '@/lib/settings/portal-settings';
import { reminderMonthsField } from '@/lib/settings/reminder-months-field';

/**
 * Staff set after how many months without an update a member is reminded. The wrapper checks the
 * role and the form's shape; the number is read here, where its message (in this page's namespace)
 * can be translated. Anything outside 1–24, a decimal or text is refused and nothing is written.
 */
export const setReminderMonthsAction = defineAction(
  {
    allow: ['staff'],
    // Read as a number below, where its message can come from this page's namespace.
    schema: () => z.strictObject({ reminderMonths: z.unknown() }),
  },
  async (input, { viewer, db, locale, t }): Promise<ActionResult> => {
    const tSettings = await getTranslations({ locale, namespace: 'staffSettings' });
    const range = tSettings('reminderMonthsRange', { min: REMINDER_MONTHS_MIN, max: REMINDER_MONTHS_MAX });
    const months = reminderMonthsField(range).safeParse(input.reminderMonths);
    const refused: ActionResult = {
      status: 'error',
      code: 'invalid',
      message: t('fixFields'),
      fieldErrors: { reminderMonths: range },
      values: echoValues(input),
    };
    if (!months.success || months.data === null) return refused;
    const result = await changeReminderMonths(db, viewer, months.data, await currentIp());
    if (!result.ok) return refused;
    revalidatePath(`/${locale}/staff/settings`);
    return { status: 'success', code: 'ok', message: tSettings('saved', { months: months.data }) };
  },
);
