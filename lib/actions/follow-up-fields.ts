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
    | 'cancelReasonRequired'
    | 'happenedRequired',
  values?: Record<string, string | number>,
) => string;

/** The fields of a follow-up as the edit form posts them. */
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

/**
 * What a new follow-up may be: a contact that happened ("done", logged) or one that is planned
 * ("open"). Nobody creates a cancelled follow-up, so there is no cancel reason here; the forms
 * post the status themselves, the advisor never chooses it.
 */
const NEW_FOLLOW_UP_STATUSES = ['open', 'done'] as const;

/** The fields of a new follow-up, as the "log a contact" and "plan a follow-up" forms post them. */
export function newFollowUpFields(t: Translate) {
  const { cancelReason: _cancelReason, status: _status, ...fields } = followUpFields(t);
  return { ...fields, status: z.enum(NEW_FOLLOW_UP_STATUSES, { error: t('choice') }) };
}

/** Rules across fields: an open follow-up needs a due date, a shared step needs text, a cancellation a reason. */
export function followUpRules(t: Translate) {
  return (value: { status: string; dueAt: Date | null; nextStep: string; nextStepShared: boolean; cancelReason?: string }, ctx: z.RefinementCtx) => {
    if (value.status === 'open' && !value.dueAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: t('dueRequired') });
    if (value.nextStepShared && !value.nextStep) ctx.addIssue({ code: 'custom', path: ['nextStep'], message: t('nextStepRequired') });
    if (value.status === 'cancelled' && !value.cancelReason) ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: t('cancelReasonRequired') });
  };
}

/** A logged contact says when it happened; a planned one has not happened yet. */
export function newFollowUpRules(t: Translate) {
  const common = followUpRules(t);
  return (value: { status: string; happenedAt: Date | null; dueAt: Date | null; nextStep: string; nextStepShared: boolean }, ctx: z.RefinementCtx) => {
    common(value, ctx);
    if (value.status === 'done' && !value.happenedAt) ctx.addIssue({ code: 'custom', path: ['happenedAt'], message: t('happenedRequired') });
  };
}
