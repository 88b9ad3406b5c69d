'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { plainText } from '@/lib/actions/fields';
import { getTranslations } from '@/lib/i18n/server';
import { askForHelp } from '@/lib/dal/help-requests';
import { HELP_MESSAGE_MAX, HELP_TOPICS } from '@/lib/domain/help-requests';
import { currentIp } from '@/lib/server/current-request';

/**
 * The member asks an advisor for coaching on a topic. One open request per business: a second
 * submit (a double click, another tab) writes nothing and says a request is already open.
 */
export const askForHelpAction = defineAction(
  {
    allow: ['member'],
    schema: (t) =>
      z.strictObject({
        topic: z.enum(HELP_TOPICS, { error: t('choice') }),
        message: plainText(t, HELP_MESSAGE_MAX, { multiline: true }),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const t = await getTranslations({ locale, namespace: 'helpRequests' });
    // "Something else" says nothing on its own: the advisor needs the member's words.
    if (input.topic === 'other' && !input.message) {
      return {
        status: 'error',
        code: 'invalid',
        message: t('problems.otherNeedsMessage'),
        fieldErrors: { message: t('problems.otherNeedsMessage') },
        values: input,
      };
    }
    const result = await askForHelp(db, viewer, input, await currentIp());
    if (result.ok) {
      revalidatePath(`/${locale}/member`);
      return { status: 'success', code: 'ok', message: t('sent') };
    }
    if (result.problem === 'no_business') return { status: 'error', code: 'not_found', message: t('problems.noBusiness') };
    revalidatePath(`/${locale}/member`);
    return { status: 'error', code: 'conflict', message: t('problems.alreadyOpen') };
  },
);
