'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ConflictTable } from '@/components/forms/conflict-table';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, NEXT_STEP_MAX, REASON_MAX, SUMMARY_MAX } from '@/lib/domain/follow-ups';
import type { ActionResult } from '@/lib/actions/result';
import { cancelFollowUpAction, completeFollowUpAction, createFollowUpAction, updateFollowUpAction } from '../../../follow-ups/actions';

/** A follow-up as its forms need it: dates already as `datetime-local` values in Brussels time. */
export interface FollowUpView {
  id: string;
  version: number;
  kind: (typeof FOLLOW_UP_KINDS)[number];
  status: (typeof FOLLOW_UP_STATUSES)[number];
  happenedAt: string;
  summary: string;
  nextStep: string;
  nextStepShared: boolean;
  dueAt: string;
  ownerId: string;
  cancelReason: string;
}

export interface Owner {
  id: string;
  name: string;
}

type FormState = ReturnType<typeof useFormAction>;

/** Re-mount a form when its result changes, so it shows what the action echoed back (React resets forms after actions). */
const formKey = (state: ActionResult) => `${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`;

/** The fields shared by recording and editing a follow-up. */
function FollowUpFields({ prefix, form, initial, owners }: { prefix: string; form: FormState; initial: Partial<FollowUpView>; owners: Owner[] }) {
  const t = useTranslations('followUps');
  const tKinds = useTranslations('followUpKinds');
  const tStatus = useTranslations('followUpStatus');
  const { value, error } = form;
  const text = (name: keyof FollowUpView) => value(name, String(initial[name] ?? ''));
  const checked = (name: 'nextStepShared') => (form.state.values ? form.state.values[name] === 'on' : Boolean(initial[name]));
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Select
        id={id('kind')}
        name="kind"
        label={t('fields.kind')}
        options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tKinds(k) }))}
        defaultValue={text('kind') || 'call'}
        error={error('kind')}
      />
      <Select
        id={id('status')}
        name="status"
        label={t('fields.status')}
        options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: tStatus(s) }))}
        defaultValue={text('status') || 'open'}
        error={error('status')}
      />
      <Input
        id={id('happenedAt')}
        name="happenedAt"
        type="datetime-local"
        label={t('fields.happenedAt')}
        hint={t('hints.happenedAt')}
        defaultValue={text('happenedAt')}
        error={error('happenedAt')}
      />
      <Input id={id('dueAt')} name="dueAt" type="datetime-local" label={t('fields.dueAt')} defaultValue={text('dueAt')} error={error('dueAt')} />
      <div className="sm:col-span-2">
        <Textarea
          id={id('summary')}
          name="summary"
          label={t('fields.summary')}
          hint={t('hints.summary')}
          maxChars={SUMMARY_MAX}
          defaultValue={text('summary')}
          error={error('summary')}
          rows={4}
        />
      </div>
      <div className="sm:col-span-2">
        <Textarea
          id={id('nextStep')}
          name="nextStep"
          label={t('fields.nextStep')}
          hint={t('hints.nextStep')}
          maxChars={NEXT_STEP_MAX}
          defaultValue={text('nextStep')}
          error={error('nextStep')}
          rows={2}
        />
        <Checkbox id={id('nextStepShared')} name="nextStepShared" label={t('fields.nextStepShared')} defaultChecked={checked('nextStepShared')} />
      </div>
      <Select
        id={id('ownerId')}
        name="ownerId"
        label={t('fields.ownerId')}
        options={owners.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={text('ownerId')}
        error={error('ownerId')}
      />
      <Input
        id={id('cancelReason')}
        name="cancelReason"
        label={t('fields.cancelReason')}
        hint={t('hints.cancelReason')}
        maxChars={REASON_MAX}
        defaultValue={text('cancelReason')}
        error={error('cancelReason')}
      />
      {error('confirmPastDue') ? (
        <div className="sm:col-span-2">
          <Checkbox id={id('confirmPastDue')} name="confirmPastDue" label={t('confirmPastDue')} error={error('confirmPastDue')} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * Records a new follow-up. The idempotency key comes from the server with the page and is
 * renewed after each recorded follow-up (the page re-renders), so a double click or a replayed
 * request with the same key creates one row.
 */
export function RecordFollowUpForm({
  businessId,
  idempotencyKey,
  owners,
  defaultOwnerId,
}: {
  businessId: string;
  idempotencyKey: string;
  owners: Owner[];
  defaultOwnerId: string;
}) {
  const t = useTranslations('followUps');
  const form = useFormAction(createFollowUpAction);
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={`${formKey(form.state)}-${idempotencyKey}`} data-testid="record-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="businessId" value={businessId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FollowUpFields
        prefix="new"
        form={form}
        initial={form.state.status === 'success' ? { ownerId: defaultOwnerId } : { ownerId: defaultOwnerId, kind: 'call', status: 'open' }}
        owners={owners}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('recordSubmit')}
      </Button>
    </form>
  );
}

/** Edits a follow-up against the version the advisor saw; a conflict shows the other person's text. */
export function EditFollowUpForm({ followUp, owners }: { followUp: FollowUpView; owners: Owner[] }) {
  const t = useTranslations('followUps');
  const form = useFormAction(updateFollowUpAction);
  const version = form.value('version', String(followUp.version));
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="edit-follow-up">
      <FormMessage state={form.state} />
      <ConflictTable conflict={form.state.conflict} namespace="followUps" />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={version} />
      <FollowUpFields prefix={`edit-${followUp.id}`} form={form} initial={followUp} owners={owners} />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('saveSubmit')}
      </Button>
    </form>
  );
}

/** Marks a follow-up done and asks for the next one, pre-filled from this one's kind and agreed step. */
export function CompleteFollowUpForm({
  followUp,
  owners,
  nextKey,
  suggestedDue,
}: {
  followUp: FollowUpView;
  owners: Owner[];
  nextKey: string;
  suggestedDue: string;
}) {
  const t = useTranslations('followUps');
  const tKinds = useTranslations('followUpKinds');
  const form = useFormAction(completeFollowUpAction);
  const { value, error } = form;
  const id = (name: string) => `done-${followUp.id}-${name}`;
  const ticked = (name: string, initial: boolean) => (form.state.values ? form.state.values[name] === 'on' : initial);
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="complete-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <input type="hidden" name="nextIdempotencyKey" value={nextKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input
          id={id('happenedAt')}
          name="happenedAt"
          type="datetime-local"
          label={t('fields.happenedAt')}
          defaultValue={value('happenedAt')}
          error={error('happenedAt')}
        />
        <div className="sm:col-span-2">
          <Textarea id={id('outcome')} name="outcome" label={t('outcome')} maxChars={SUMMARY_MAX} defaultValue={value('outcome')} error={error('outcome')} />
        </div>
      </div>
      <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">{t('scheduleNext')}</legend>
        <Checkbox id={id('scheduleNext')} name="scheduleNext" label={t('scheduleNext')} defaultChecked={ticked('scheduleNext', true)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            id={id('nextKind')}
            name="nextKind"
            label={t('nextKind')}
            options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tKinds(k) }))}
            defaultValue={value('nextKind', followUp.kind)}
            error={error('nextKind')}
          />
          <Input
            id={id('nextDueAt')}
            name="nextDueAt"
            type="datetime-local"
            label={t('fields.dueAt')}
            defaultValue={value('nextDueAt', suggestedDue)}
            error={error('nextDueAt')}
          />
          <div className="sm:col-span-2">
            <Textarea
              id={id('nextStep')}
              name="nextStep"
              label={t('fields.nextStep')}
              maxChars={NEXT_STEP_MAX}
              defaultValue={value('nextStep', followUp.nextStep)}
              error={error('nextStep')}
              rows={2}
            />
            <Checkbox
              id={id('nextStepShared')}
              name="nextStepShared"
              label={t('fields.nextStepShared')}
              defaultChecked={ticked('nextStepShared', followUp.nextStepShared)}
            />
          </div>
          <Select
            id={id('nextOwnerId')}
            name="nextOwnerId"
            label={t('fields.ownerId')}
            options={owners.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={value('nextOwnerId', followUp.ownerId)}
            error={error('nextOwnerId')}
          />
        </div>
        {error('confirmPastDue') ? (
          <Checkbox id={id('confirmPastDue')} name="confirmPastDue" label={t('confirmPastDue')} error={error('confirmPastDue')} />
        ) : null}
      </fieldset>
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('completeSubmit')}
      </Button>
    </form>
  );
}

/** Cancels a follow-up; the reason is required. */
export function CancelFollowUpForm({ followUp }: { followUp: FollowUpView }) {
  const t = useTranslations('followUps');
  const form = useFormAction(cancelFollowUpAction);
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="cancel-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <Input
        id={`cancel-${followUp.id}-reason`}
        name="reason"
        label={t('reason')}
        maxChars={REASON_MAX}
        required
        defaultValue={form.value('reason')}
        error={form.error('reason')}
      />
      <Button type="submit" variant="secondary" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('cancelSubmit')}
      </Button>
    </form>
  );
}
