import { z } from 'zod';
import { parseBrusselsLocal } from '@/lib/domain/brussels-time';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, NEXT_STEP_MAX, REASON_MAX, SUMMARY_MAX } from '@/lib/domain/follow-ups';

type Translate = (
  key: 'required' | 'tooLong' | 'choice' | 'dateTimeFormat' | 'plainText' | 'dueRequired' | 'nextStepRequired' | 'cancelReasonRequired',
  values?: Record<string, string | number>,
) => string;


/** Markup is refused, not stripped: what an advisor wrote is shown as they wrote it, or not at all. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;

/** Free text (optional unless `required`), trimmed, without HTML tags. */
export function plainText(t: Translate, max: number, required = false) {
  const base = z
    .string()
    .trim()
    .max(max, { error: t('tooLong', { max }) })
    .refine((value) => !MARKUP.test(value), { error: t('plainText') });
  return required ? base.min(1, { error: t('required') }) : z.preprocess((v) => (v === undefined ? '' : v), base);
}

/** A `datetime-local` value read in Brussels time; empty is null. */
export function dateTimeField(t: Translate) {
  return z.preprocess(
    (v) => (v === undefined ? '' : v),
    z
      .string()
      .transform((value, ctx) => {
        if (value.trim() === '') return null;
        const date = parseBrusselsLocal(value.trim());
        if (!date) {
          ctx.addIssue({ code: 'custom', message: t('dateTimeFormat') });
          return z.NEVER;
        }
        return date;
      }),
  );
}

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** The fields of a follow-up as the record and edit forms post them. */
export function followUpFields(t: Translate) {
  return {
    kind: z.enum(FOLLOW_UP_KINDS, { error: t('choice') }),
    happenedAt: dateTimeField(t),
    summary: plainText(t, SUMMARY_MAX),
    nextStep: plainText(t, NEXT_STEP_MAX),
    nextStepShared: checkbox,
    dueAt: dateTimeField(t),
    ownerId: z.uuid({ error: t('choice') }),
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
