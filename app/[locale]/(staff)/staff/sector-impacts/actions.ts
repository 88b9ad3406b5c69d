'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { plainText, requiredText } from '@/lib/actions/fields';
import { changeSectorImpact } from '@/lib/dal/sector-impacts';
import { currentIp } from '@/lib/server/current-request';
import { scheduleJobs } from '@/lib/server/jobs';

export const changeSectorImpactAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z.strictObject({
        prefix: z
          .string({ error: t('required') })
          .trim()
          .regex(/^\d{2}(\.\d{1,3})?$/, { error: t('prefixFormat') }),
        // 'remove' deletes the row: the sector then counts as adaptable.
        exposure: z.enum(['structural', 'adaptable', 'resilient', 'remove'], { error: t('choice') }),
        note: plainText(t, 200),
        reason: requiredText(t, 500),
      }),
  },
  async (input, { viewer, db, locale }) => {
    await changeSectorImpact(
      db,
      viewer,
      input.prefix,
      input.exposure === 'remove' ? null : input.exposure,
      input.note || null,
      input.reason,
      await currentIp(),
    );
    scheduleJobs();
    revalidatePath(`/${locale}/staff/sector-impacts`);
    const t = await getTranslations({ locale, namespace: 'sectorImpacts' });
    return { status: 'success', code: 'ok', message: t('saved', { prefix: input.prefix }) };
  },
);
