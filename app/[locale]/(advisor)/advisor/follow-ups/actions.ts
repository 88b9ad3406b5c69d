'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from '@/lib/i18n/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { checkbox, dateTimeField, idField, idListField, plainText, versionField } from '@/lib/actions/fields';
import { conflictDiff } from '@/lib/actions/conflict';
import { followUpFields, followUpRules, newFollowUpFields, newFollowUpRules } from '@/lib/actions/follow-up-fields';
import { FOLLOW_UP_KINDS, NEXT_STEP_MAX, REASON_MAX, SUMMARY_MAX } from '@/lib/domain/follow-ups';
import type { ActionResult } from '@/lib/actions/result';
import { createCalendarFeed, revokeCalendarFeed } from '@/lib/dal/calendar-feed';
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  getFollowUp,
  reassignFollowUps,
  rescheduleFollowUp,
  updateFollowUp,
  type FollowUpFields,
} from '@/lib/dal/follow-ups';
import { toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import { currentIp } from '@/lib/server/current-request';
import { appUrl } from '@/lib/config/env';
import type { AppLocale } from '@/i18n/routing';
import { isId } from '@/lib/validation/ids';

type Problem = 'not_found' | 'owner_region' | 'past_due' | 'key_reused' | 'conflict' | 'closed';

/**
 * The field a problem is shown at. A past due date is shown at the confirmation box, which the
 * form then offers; an owner problem at the owner field (of the next follow-up when completing).
 */
const problemField = (problem: Exclude<Problem, 'not_found' | 'conflict' | 'closed'>, prefix: string) =>
  problem === 'owner_region' ? (prefix ? `${prefix}OwnerId` : 'ownerId') : problem === 'past_due' ? 'confirmPastDue' : '';

async function problemResult(locale: AppLocale, problem: Problem, values: Record<string, string>, prefix = ''): Promise<ActionResult> {
  const t = await getTranslations({ locale, namespace: 'followUps' });
  if (problem === 'not_found') return { status: 'error', code: 'not_found', message: t('problems.not_found') };
  if (problem === 'conflict') return { status: 'error', code: 'conflict', message: t('problems.conflict'), values };
  if (problem === 'closed') return { status: 'error', code: 'conflict', message: t('problems.closed') };
  const field = problemField(problem, prefix);
  return {
    status: 'error',
    code: problem === 'key_reused' ? 'conflict' : 'invalid',
    message: t(`problems.${problem}`),
    fieldErrors: field ? { [field]: t(`problems.${problem}`) } : undefined,
    values,
  };
}

/** What the form posted, as text to put back in it after an error. */
function echo(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      value instanceof Date
        ? toBrusselsLocalInput(value)
        : typeof value === 'boolean'
          ? value
            ? 'on'
            : ''
          : value === null || value === undefined
            ? ''
            : String(value),
    ]),
  );
}

function revalidate(locale: string, businessId?: string) {
  if (businessId) revalidatePath(`/${locale}/advisor/businesses/${businessId}`);
  revalidatePath(`/${locale}/advisor/follow-ups`);
  revalidatePath(`/${locale}/advisor`);
}

function fields(input: FollowUpInput | NewFollowUpInput): FollowUpFields {
  return {
    kind: input.kind,
    happenedAt: input.happenedAt,
    summary: input.summary,
    nextStep: input.nextStep || null,
    nextStepShared: input.nextStepShared,
    dueAt: input.dueAt,
    ownerId: input.ownerId,
    status: input.status,
    cancelReason: ('cancelReason' in input && input.cancelReason) || null,
  };
}

/** The fields every follow-up form sends, as parsed. */
type FollowUpInput = z.infer<z.ZodObject<ReturnType<typeof followUpFields>>>;
type NewFollowUpInput = z.infer<z.ZodObject<ReturnType<typeof newFollowUpFields>>>;

/** Revalidates the member's page and the queue after a change to one follow-up, and says what happened. */
async function changed(
  locale: AppLocale,
  db: Parameters<typeof getFollowUp>[0],
  viewer: Parameters<typeof getFollowUp>[1],
  followUpId: string,
  message: string,
) {
  const stored = await getFollowUp(db, viewer, followUpId);
  revalidate(locale, stored?.followUp.businessId);
  return { status: 'success', code: 'ok', message } satisfies ActionResult;
}

export const createFollowUpAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z
        .strictObject({ ...newFollowUpFields(t), businessId: idField(t), idempotencyKey: idField(t), confirmPastDue: checkbox })
        .superRefine(newFollowUpRules(t)),
  },
  async (input, { viewer, db, locale }) => {
    const result = await createFollowUp(
      db,
      viewer,
      { ...fields(input), businessId: input.businessId, idempotencyKey: input.idempotencyKey, confirmPastDue: input.confirmPastDue },
      await currentIp(),
    );
    if (!result.ok) return problemResult(locale, result.problem, echo(input));
    revalidate(locale, input.businessId);
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return { status: 'success', code: 'ok', message: t(input.status === 'done' ? 'forms.logged' : 'forms.planned') };
  },
);

export const updateFollowUpAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) => z.strictObject({ ...followUpFields(t), followUpId: idField(t), version: versionField(t) }).superRefine(followUpRules(t)),
  },
  async (input, { viewer, db, locale }) => {
    const result = await updateFollowUp(db, viewer, input.followUpId, input.version, fields(input), await currentIp());
    if (result.ok) {
      const stored = await getFollowUp(db, viewer, input.followUpId);
      revalidate(locale, stored?.followUp.businessId);
      const t = await getTranslations({ locale, namespace: 'followUps' });
      return { status: 'success', code: 'ok', message: t('updated'), values: { ...echo(input), version: String(result.version) } };
    }
    if (result.problem !== 'conflict') return problemResult(locale, result.problem, echo(input));
    return conflictResult(locale, db, viewer, input);
  },
);

/**
 * Someone else saved this follow-up since the form was opened: nothing was written. The form
 * keeps what this advisor typed (now against the stored version, so saving again is a deliberate
 * overwrite) and shows, field by field, what the other person saved.
 */
async function conflictResult(
  locale: AppLocale,
  db: Parameters<typeof getFollowUp>[0],
  viewer: Parameters<typeof getFollowUp>[1],
  input: FollowUpInput & { followUpId: string; version: number },
): Promise<ActionResult> {
  const stored = await getFollowUp(db, viewer, input.followUpId);
  const [t, tKinds, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'followUps' }),
    getTranslations({ locale, namespace: 'followUpKinds' }),
    getTranslations({ locale, namespace: 'followUpStatus' }),
  ]);
  if (!stored) return { status: 'error', code: 'not_found', message: t('problems.not_found') };
  const current = stored.followUp;
  const date = (value: Date | null) => (value ? toBrusselsLocalInput(value).replace('T', ' ') : '—');
  const yes = (value: boolean) => (value ? t('yes') : t('no'));
  const shown: Record<keyof FollowUpFields, [stored: string, yours: string]> = {
    kind: [tKinds(current.kind), tKinds(input.kind)],
    happenedAt: [date(current.happenedAt), date(input.happenedAt)],
    summary: [current.summary || '—', input.summary || '—'],
    nextStep: [current.nextStep || '—', input.nextStep || '—'],
    nextStepShared: [yes(current.nextStepShared), yes(input.nextStepShared)],
    dueAt: [date(current.dueAt), date(input.dueAt)],
    ownerId: [stored.ownerName, current.ownerId === input.ownerId ? stored.ownerName : t('otherOwner')],
    status: [tStatus(current.status), tStatus(input.status)],
    cancelReason: [current.cancelReason || '—', input.cancelReason || '—'],
  };
  const fields = Object.keys(shown) as Array<keyof FollowUpFields>;
  const changes = conflictDiff(fields, { label: (field) => t(`fields.${field}`), stored: (field) => shown[field][0], yours: (field) => shown[field][1] });
  return {
    status: 'error',
    code: 'conflict',
    message: t('problems.conflict'),
    values: { ...echo(input), version: String(current.version) },
    conflict: { version: current.version, changes },
  };
}

export const completeFollowUpAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z
        .strictObject({
          followUpId: idField(t),
          version: versionField(t),
          happenedAt: dateTimeField(t),
          outcome: plainText(t, SUMMARY_MAX, { multiline: true }),
          scheduleNext: checkbox,
          nextKind: z.enum(FOLLOW_UP_KINDS, { error: t('choice') }),
          nextDueAt: dateTimeField(t),
          nextStep: plainText(t, NEXT_STEP_MAX, { multiline: true }),
          nextStepShared: checkbox,
          nextOwnerId: z.string({ error: t('choice') }).refine(isId, { error: t('choice') }),
          nextIdempotencyKey: idField(t),
          confirmPastDue: checkbox,
        })
        .superRefine((value, ctx) => {
          if (!value.scheduleNext) return;
          if (!value.nextDueAt) ctx.addIssue({ code: 'custom', path: ['nextDueAt'], message: t('dueRequired') });
          if (value.nextStepShared && !value.nextStep) ctx.addIssue({ code: 'custom', path: ['nextStep'], message: t('nextStepRequired') });
        }),
  },
  async (input, { viewer, db, locale }) => {
    const result = await completeFollowUp(
      db,
      viewer,
      input.followUpId,
      input.version,
      {
        happenedAt: input.happenedAt,
        outcome: input.outcome || null,
        next: input.scheduleNext
          ? {
              kind: input.nextKind,
              dueAt: input.nextDueAt,
              nextStep: input.nextStep || null,
              nextStepShared: input.nextStepShared,
              ownerId: input.nextOwnerId,
              idempotencyKey: input.nextIdempotencyKey,
              confirmPastDue: input.confirmPastDue,
            }
          : null,
      },
      await currentIp(),
    );
    if (!result.ok) return problemResult(locale, result.problem, echo(input), 'next');
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return changed(locale, db, viewer, input.followUpId, t(result.nextId ? 'completedNext' : 'completed'));
  },
);

export const cancelFollowUpAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) => z.strictObject({ followUpId: idField(t), version: versionField(t), reason: plainText(t, REASON_MAX, { required: true }) }),
  },
  async (input, { viewer, db, locale }) => {
    const result = await cancelFollowUp(db, viewer, input.followUpId, input.version, input.reason, await currentIp());
    if (!result.ok) return problemResult(locale, result.problem, echo(input));
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return changed(locale, db, viewer, input.followUpId, t('cancelled'));
  },
);

export const rescheduleFollowUpAction = defineAction(
  {
    allow: ['advisor', 'staff'],
    schema: (t) =>
      z.strictObject({ followUpId: idField(t), version: versionField(t), dueAt: dateTimeField(t), confirmPastDue: checkbox }).superRefine((value, ctx) => {
        if (!value.dueAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: t('dueRequired') });
      }),
  },
  async (input, { viewer, db, locale }) => {
    const result = await rescheduleFollowUp(db, viewer, input.followUpId, input.version, input.dueAt!, input.confirmPastDue, await currentIp());
    if (!result.ok) return problemResult(locale, result.problem, echo(input));
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return changed(locale, db, viewer, input.followUpId, t('forms.rescheduled'));
  },
);

export const reassignFollowUpsAction = defineAction(
  {
    allow: ['staff'],
    schema: (t) =>
      z.strictObject({
        followUpIds: idListField(t, 200),
        ownerId: z.string({ error: t('choice') }).refine(isId, { error: t('choice') }),
      }),
  },
  async (input, { viewer, db, locale }) => {
    const result = await reassignFollowUps(db, viewer, input.followUpIds, input.ownerId, await currentIp());
    if (!result.ok) return problemResult(locale, result.problem, {});
    revalidate(locale);
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return { status: 'success', code: 'ok', message: t('reassigned', { count: result.count }) };
  },
);

export const createCalendarFeedAction = defineAction(
  { allow: ['advisor', 'staff'], schema: () => z.strictObject({}) },
  async (_input, { viewer, db, locale }) => {
    const token = await createCalendarFeed(db, viewer, await currentIp());
    const t = await getTranslations({ locale, namespace: 'followUps' });
    // The address is shown once, here: only its hash is stored.
    return { status: 'success', code: 'ok', message: t('feedCreated'), values: { feedUrl: `${appUrl()}/api/calendar/${token}` } };
  },
);

export const revokeCalendarFeedAction = defineAction(
  { allow: ['advisor', 'staff'], schema: () => z.strictObject({}) },
  async (_input, { viewer, db, locale }) => {
    await revokeCalendarFeed(db, viewer, await currentIp());
    revalidatePath(`/${locale}/advisor/follow-ups`);
    const t = await getTranslations({ locale, namespace: 'followUps' });
    return { status: 'success', code: 'ok', message: t('feedRevoked') };
  },
);
