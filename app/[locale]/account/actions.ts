'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getTranslations } from '@/lib/i18n/server';
import { defineAction } from '@/lib/actions/define-action';
import { idField } from '@/lib/actions/fields';
import { ALL_ROLES } from '@/lib/dal/access';
import { endOtherOwnSessions, endOwnSession } from '@/lib/dal/sessions';
import { currentIp } from '@/lib/server/current-request';

/** Signs out one of the viewer's sessions on another device. */
export const endSessionAction = defineAction(
  { allow: ALL_ROLES, schema: (t) => z.strictObject({ sessionId: idField(t) }) },
  async (input, { viewer, db, locale }) => {
    const t = await getTranslations({ locale, namespace: 'account' });
    const ended = await endOwnSession(db, viewer, input.sessionId, await currentIp());
    revalidatePath(`/${locale}/account`);
    return ended ? { status: 'success', code: 'ok', message: t('sessionEnded') } : { status: 'error', code: 'not_found', message: t('sessionGone') };
  },
);

/** Signs out every session of the viewer except this one. */
export const endOtherSessionsAction = defineAction({ allow: ALL_ROLES, schema: () => z.strictObject({}) }, async (_input, { viewer, db, locale }) => {
  const t = await getTranslations({ locale, namespace: 'account' });
  const count = await endOtherOwnSessions(db, viewer, await currentIp());
  revalidatePath(`/${locale}/account`);
  return { status: 'success', code: 'ok', message: t('otherSessionsEnded', { count }) };
});
