import { z } from 'zod';
import { checkbox, dateTimeField, plainText } from './fields';
import { isId } from '@/lib/validation/ids';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, NEXT_STEP_MAX, REASON_MAX, SUMMARY_MAX } from '@/lib/domain/follow-ups';

type Translate = (
  key:
    | 'required'
    | 'tooLong'
    | 'choice'
    | 'dateTimeFormat'
    | 'dateRange'
    | 'plainText'
    | 'characters'
    | 'dueRequired'
    | 'nextStepRequired'
    | 'cancelReasonRequired',
  values?: Record<string, string | number>,
) => string;

/** The fields of a follow-up as the record and edit forms post them. */
export function followUpFields(t: Translate) {
  return {
    kind: z.enum(FOLLOW_UP_KINDS, { error: t('choice') }),
    happenedAt: dateTimeField(t),
    summary: plainText(t, SUMMARY_MAX, { multiline: true }),
    nextStep: plainText(t, NEXT_STEP_MAX, { multiline: true }),
    nextStepShared: checkbox,
    dueAt: dateTimeField(t),
    ownerId: z.string({ error: t('choice') }).refine(isId, { error: t('choice') }),
    status: z.enum(FOLLOW_UP_STATUSES, { error: t('choice') }),
    cancelReason: plainText(t, REASON_MAX),
  };
}

/** Rules across fields: an open follow-up needs a due date, a shared step needs text, a cancellation a reason. */
export function followUpRules(t: Translate) {
  return (value: { status: string; dueAt: Date | null; nextStep: string; nextStepShared: boolean; cancelReason: string }, ctx: z.RefinementCtx) => {
    if (value.status === 'open' && !value.dueAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: t('dueRequired') });
    if (value.nextStepShared && !value.nextStep) ctx.addIssue({ code: 'custom', path: ['nextStep'], message: t('nextStepRequired') });
    if (value.status === 'cancelled' && !value.cancelReason) ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: t('cancelReasonRequired') });
  };
}
