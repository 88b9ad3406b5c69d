'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { assignAdvisor } from '@/lib/dal/assignments';
import { setManualPriority } from '@/lib/dal/priorities';
import { overrideClass } from '@/lib/dal/classification';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { idField, idListField, requiredText, wholeNumberField } from '@/lib/actions/fields';
import { isId } from '@/lib/validation/ids';
import { currentIp } from '@/lib/server/current-request';

export const assignAdvisorAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z.strictObject({
        businessIds: selectedBusinesses(t),
        advisorId: z.preprocess(
          (v) => (v === '' ? null : v),
          z
            .string({ error: t('choice') })
            .refine(isId, { error: t('choice') })
            .nullable(),
        ),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const t = await getTranslations({ locale, namespace: 'triage' });
    const result = await assignAdvisor(db, viewer, input.businessIds, input.advisorId, await currentIp());
    if (!result.ok) return { status: 'error', code: 'invalid', message: t(result.problem === 'advisor_region' ? 'assignRegion' : 'assignUnknown') };
    revalidatePath(`/${locale}/advisor`);
    return { status: 'success', code: 'ok', message: t('assigned', { count: result.count }) };
  },
);

const selectedBusinesses = (t: (key: 'selectRows' | 'formOutdated') => string) => idListField(t, 100);

export const setPriorityAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z.strictObject({
        businessIds: selectedBusinesses(t),
        // Empty: back to the computed priority.
        priority: wholeNumberField({ range: t('priorityRange'), whole: t('priorityRange') }, 0, 100, { optional: true }),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const result = await setManualPriority(db, viewer, input.businessIds, input.priority, await currentIp());
    revalidatePath(`/${locale}/advisor`);
    const t = await getTranslations({ locale, namespace: 'triage' });
    return { status: 'success', code: 'ok', message: t(input.priority === null ? 'priorityCleared' : 'prioritySet', { count: result.count }) };
  },
);

export const overrideClassAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z.strictObject({
        businessId: idField(t),
        // Empty: go back to the computed class.
        crisisClass: z.preprocess((v) => (v === '' ? null : v), z.enum(CRISIS_CLASSES, { error: t('choice') }).nullable()),
        reason: requiredText(t, 500, { multiline: true }), // a textarea
      }),
  },
  async (input, { viewer, db, locale, t }) => {
    const result = await overrideClass(db, viewer, input.businessId, input.crisisClass, input.reason, await currentIp());
    if (!result.ok) return { status: 'error', code: 'not_found', message: t('not_found') };
    revalidatePath(`/${locale}/advisor/businesses/${input.businessId}`);
    const tBusiness = await getTranslations({ locale, namespace: 'businessPage' });
    return { status: 'success', code: 'ok', message: tBusiness('overrideSaved') };
  },
);
