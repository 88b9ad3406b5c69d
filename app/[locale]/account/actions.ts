'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineAction } from '@/lib/actions/define-action';
import { endOtherOwnSessions, endOwnSession } from '@/lib/dal/sessions';
import { getDb } from '@/lib/server/database';
import { currentIp } from '@/lib/server/current-request';

const EVERYONE = ['member', 'advisor', 'staff'] as const;

/** Signs out one of the viewer's sessions on another device. */
export const endSessionAction = defineAction(
  { allow: EVERYONE, schema: (t) => z.strictObject({ sessionId: z.uuid({ error: t('choice') }) }) },
  async (input, { viewer, locale }) => {
    const t = await getTranslations({ locale, namespace: 'account' });
    const ended = await endOwnSession(await getDb(), viewer, input.sessionId, await currentIp());
    revalidatePath(`/${locale}/account`);
    return ended ? { status: 'success', code: 'ok', message: t('sessionEnded') } : { status: 'error', code: 'not_found', message: t('sessionGone') };
  },
);

/** Signs out every session of the viewer except this one. */
export const endOtherSessionsAction = defineAction({ allow: EVERYONE, schema: () => z.strictObject({}) }, async (_input, { viewer, locale }) => {
  const t = await getTranslations({ locale, namespace: 'account' });
  const count = await endOtherOwnSessions(await getDb(), viewer, await currentIp());
  revalidatePath(`/${locale}/account`);
  return { status: 'success', code: 'ok', message: t('otherSessionsEnded', { count }) };
});
