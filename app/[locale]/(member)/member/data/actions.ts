'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { getTranslations } from '@/lib/i18n/server';
import { setOwnChannelReminders } from '@/lib/reminders/dal/preference';

/**
 * The member turns the reminder to update their channels on or off. A checkbox posts "on" when
 * ticked and nothing when not, so a missing field means off; any other value is refused.
 */
export const setChannelRemindersAction = defineAction(
  {
    allow: ['member'],
    schema: (t) => z.strictObject({ channelReminders: z.literal('on', { error: t('choice') }).optional() }),
  },
  async (input, { viewer, db, locale }) => {
    const enabled = input.channelReminders === 'on';
    await setOwnChannelReminders(db, viewer, enabled);
    revalidatePath(`/${locale}/member/data`);
    const t = await getTranslations({ locale, namespace: 'reminders' });
    return { status: 'success', code: 'ok', message: t(enabled ? 'preference.savedOn' : 'preference.savedOff') };
  },
);
