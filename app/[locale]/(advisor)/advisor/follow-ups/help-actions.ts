'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { idField } from '@/lib/actions/fields';
import { getTranslations } from '@/lib/i18n/server';
import { takeUpHelpRequest } from '@/lib/dal/help-requests';
import { currentIp } from '@/lib/server/current-request';

/** An advisor (or staff) takes up a member's open request for help. */
export const takeUpHelpRequestAction = defineAction(
  { allow: ['advisor', 'staff'], schema: (t) => z.strictObject({ id: idField(t) }) },
  async (input, { viewer, db, locale }) => {
    const t = await getTranslations({ locale, namespace: 'helpRequests' });
    const result = await takeUpHelpRequest(db, viewer, input.id, await currentIp());
    if (!result.ok) {
      if (result.problem === 'not_found') return { status: 'error', code: 'not_found', message: t('queue.notFound') };
      revalidatePath(`/${locale}/advisor/follow-ups`);
      return { status: 'error', code: 'conflict', message: t('queue.alreadyTaken') };
    }
    revalidatePath(`/${locale}/advisor/businesses/${result.businessId}`);
    revalidatePath(`/${locale}/advisor`);
    // The request leaves the list, and its button with it: the page itself says what happened.
    redirect(`/${locale}/advisor/follow-ups?takenUp=${result.assigned ? 'assigned' : 'yes'}`);
  },
);
