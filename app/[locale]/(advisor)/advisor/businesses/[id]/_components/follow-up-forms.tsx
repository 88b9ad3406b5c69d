'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { DateTimeField } from '@/components/ui/date-time-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ConflictTable } from '@/components/forms/conflict-table';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, NEXT_STEP_MAX, REASON_MAX, SUMMARY_MAX } from '@/lib/domain/follow-ups';
import {
  cancelFollowUpAction,
  completeFollowUpAction,
  createFollowUpAction,
  rescheduleFollowUpAction,
  updateFollowUpAction,
} from '../../../follow-ups/actions';
import { formKey, useOnSuccess } from './form-outcome';
import type { Owner } from './log-contact-form';

/** A follow-up as its forms need it: dates already as "2026-11-23T14:30" values in Brussels time. */
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
  /** What completing pre-fills as the time of the contact (lib/domain/follow-ups contactTime). */
  contactAt: string;
  /** The next follow-up's suggested due time. */
  suggestedNextDue: string;
}

type Form = ReturnType<typeof useFormAction>;

function KindField({ id, form, initial }: { id: string; form: Form; initial: string }) {
  const t = useTranslations('followUps');
  const tKinds = useTranslations('followUpKinds');
  return (
    <Select
      id={id}
      name="kind"
      label={t('fields.kind')}
      options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tKinds(k) }))}
      defaultValue={form.value('kind', initial)}
      error={form.error('kind')}
    />
  );
}

function OwnerField({ id, name = 'ownerId', form, owners, initial }: { id: string; name?: string; form: Form; owners: Owner[]; initial: string }) {
  const t = useTranslations('followUps');
  return (
    <Select
      id={id}
      name={name}
      label={t('fields.ownerId')}
      options={owners.map((o) => ({ value: o.id, label: o.name }))}
      defaultValue={form.value(name, initial)}
      error={form.error(name)}
    />
  );
}

/** The agreed step and whether the member sees it. */
function StepFields({ prefix, names, form, initial }: { prefix: string; names?: [string, string]; form: Form; initial: { step: string; shared: boolean } }) {
  const t = useTranslations('followUps');
  const [step, shared] = names ?? ['nextStep', 'nextStepShared'];
  const ticked = form.state.values ? form.state.values[shared] === 'on' : initial.shared;
  return (
    <div>
      <Textarea
        id={`${prefix}-${step}`}
        name={step}
        label={t('fields.nextStep')}
        hint={t('hints.nextStep')}
        maxChars={NEXT_STEP_MAX}
        defaultValue={form.value(step, initial.step)}
        error={form.error(step)}
        rows={2}
      />
      <Checkbox id={`${prefix}-${shared}`} name={shared} label={t('fields.nextStepShared')} defaultChecked={ticked} />
    </div>
  );
}

function ConfirmPastDue({ id, form }: { id: string; form: Form }) {
  const t = useTranslations('followUps');
  return form.error('confirmPastDue') ? <Checkbox id={id} name="confirmPastDue" label={t('confirmPastDue')} error={form.error('confirmPastDue')} /> : null;
}

/** Plans a contact still to come (status open): kind, due date, owner, the agreed step. */
export function PlanFollowUpForm({
  businessId,
  owners,
  defaultOwnerId,
  onDone,
}: {
  businessId: string;
  owners: Owner[];
  defaultOwnerId: string;
  onDone?: () => void;
}) {
  const t = useTranslations('followUps');
  const form = useFormAction(createFollowUpAction);
  const idempotencyKey = useOnSuccess(form.state, onDone);
  const id = (name: string) => `plan-${businessId}-${name}`;
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={`${formKey(form.state)}-${idempotencyKey}`} data-testid="plan-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="businessId" value={businessId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="status" value="open" />
      <KindField id={id('kind')} form={form} initial="call" />
      <DateTimeField id={id('dueAt')} name="dueAt" label={t('forms.plannedFor')} defaultValue={form.value('dueAt')} error={form.error('dueAt')} />
      <OwnerField id={id('ownerId')} form={form} owners={owners} initial={defaultOwnerId} />
      <StepFields prefix={id('')} form={form} initial={{ step: '', shared: false }} />
      <ConfirmPastDue id={id('confirmPastDue')} form={form} />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('forms.planSubmit')}
      </Button>
    </form>
  );
}

/**
 * Edits a follow-up against the version the advisor saw; a conflict shows the other person's text.
 * Its status stays (completing and cancelling have their own forms), so a planned follow-up shows
 * its due date and a logged contact when it happened.
 */
export function EditFollowUpForm({ followUp, owners, onDone }: { followUp: FollowUpView; owners: Owner[]; onDone?: () => void }) {
  const t = useTranslations('followUps');
  const form = useFormAction(updateFollowUpAction);
  useOnSuccess(form.state, onDone);
  const version = form.value('version', String(followUp.version));
  const id = (name: string) => `edit-${followUp.id}-${name}`;
  const open = followUp.status === 'open';
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="edit-follow-up">
      <FormMessage state={form.state} />
      <ConflictTable conflict={form.state.conflict} namespace="followUps" />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={followUp.status} />
      <input type="hidden" name="cancelReason" value={followUp.cancelReason} />
      <KindField id={id('kind')} form={form} initial={followUp.kind} />
      {open ? (
        <>
          <input type="hidden" name="happenedAt" value={followUp.happenedAt} />
          <DateTimeField
            id={id('dueAt')}
            name="dueAt"
            label={t('forms.plannedFor')}
            defaultValue={form.value('dueAt', followUp.dueAt)}
            error={form.error('dueAt')}
          />
        </>
      ) : (
        <>
          <input type="hidden" name="dueAt" value={followUp.dueAt} />
          <DateTimeField
            id={id('happenedAt')}
            name="happenedAt"
            label={t('fields.happenedAt')}
            defaultValue={form.value('happenedAt', followUp.happenedAt)}
            error={form.error('happenedAt')}
          />
        </>
      )}
      <Textarea
        id={id('summary')}
        name="summary"
        label={t('fields.summary')}
        hint={t('hints.summary')}
        maxChars={SUMMARY_MAX}
        defaultValue={form.value('summary', followUp.summary)}
        error={form.error('summary')}
        rows={4}
      />
      <StepFields prefix={id('')} form={form} initial={{ step: followUp.nextStep, shared: followUp.nextStepShared }} />
      <OwnerField id={id('ownerId')} form={form} owners={owners} initial={followUp.ownerId} />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('saveSubmit')}
      </Button>
    </form>
  );
}

/**
 * Marks a follow-up done and asks for the next one, pre-filled from this one's kind and agreed step.
 * When the contact happened is pre-filled with the follow-up's own time (contactAt), never simply
 * "now". Without `owners` (the queue), the next follow-up stays with this one's owner.
 */
export function CompleteFollowUpForm({ followUp, owners, onDone }: { followUp: FollowUpView; owners?: Owner[]; onDone?: () => void }) {
  const t = useTranslations('followUps');
  const tKinds = useTranslations('followUpKinds');
  const form = useFormAction(completeFollowUpAction);
  const nextKey = useOnSuccess(form.state, onDone);
  const { value, error } = form;
  const id = (name: string) => `done-${followUp.id}-${name}`;
  const ticked = (name: string, initial: boolean) => (form.state.values ? form.state.values[name] === 'on' : initial);
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="complete-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <input type="hidden" name="nextIdempotencyKey" value={nextKey} />
      <DateTimeField
        id={id('happenedAt')}
        name="happenedAt"
        label={t('fields.happenedAt')}
        hint={t('forms.completeHint')}
        defaultValue={value('happenedAt', followUp.contactAt)}
        error={error('happenedAt')}
      />
      <Textarea
        id={id('outcome')}
        name="outcome"
        label={t('outcome')}
        maxChars={SUMMARY_MAX}
        defaultValue={value('outcome')}
        error={error('outcome')}
        rows={3}
      />
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t('scheduleNext')}</legend>
        <Checkbox id={id('scheduleNext')} name="scheduleNext" label={t('scheduleNext')} defaultChecked={ticked('scheduleNext', true)} />
        <Select
          id={id('nextKind')}
          name="nextKind"
          label={t('nextKind')}
          options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tKinds(k) }))}
          defaultValue={value('nextKind', followUp.kind)}
          error={error('nextKind')}
        />
        <DateTimeField
          id={id('nextDueAt')}
          name="nextDueAt"
          label={t('fields.dueAt')}
          defaultValue={value('nextDueAt', followUp.suggestedNextDue)}
          error={error('nextDueAt')}
        />
        <StepFields prefix={id('')} names={['nextStep', 'nextStepShared']} form={form} initial={{ step: followUp.nextStep, shared: followUp.nextStepShared }} />
        {owners ? (
          <OwnerField id={id('nextOwnerId')} name="nextOwnerId" form={form} owners={owners} initial={followUp.ownerId} />
        ) : (
          <input type="hidden" name="nextOwnerId" value={followUp.ownerId} />
        )}
        <ConfirmPastDue id={id('confirmPastDue')} form={form} />
      </fieldset>
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('completeSubmit')}
      </Button>
    </form>
  );
}

/** Cancels a follow-up; only here is a reason asked for, and it is required. */
export function CancelFollowUpForm({ followUp, onDone }: { followUp: FollowUpView; onDone?: () => void }) {
  const t = useTranslations('followUps');
  const form = useFormAction(cancelFollowUpAction);
  useOnSuccess(form.state, onDone);
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="cancel-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <Input
        id={`cancel-${followUp.id}-reason`}
        name="reason"
        label={t('fields.cancelReason')}
        maxChars={REASON_MAX}
        required
        defaultValue={form.value('reason')}
        error={form.error('reason')}
      />
      <Button type="submit" variant="danger" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('cancelSubmit')}
      </Button>
    </form>
  );
}

/** Moves an open follow-up to another day or hour. */
export function RescheduleFollowUpForm({ followUp, onDone }: { followUp: FollowUpView; onDone?: () => void }) {
  const t = useTranslations('followUps');
  const form = useFormAction(rescheduleFollowUpAction);
  useOnSuccess(form.state, onDone);
  const id = (name: string) => `move-${followUp.id}-${name}`;
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={formKey(form.state)} data-testid="reschedule-follow-up">
      <FormMessage state={form.state} />
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <DateTimeField id={id('dueAt')} name="dueAt" label={t('forms.newDueAt')} defaultValue={form.value('dueAt', followUp.dueAt)} error={form.error('dueAt')} />
      <ConfirmPastDue id={id('confirmPastDue')} form={form} />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('forms.rescheduleSubmit')}
      </Button>
    </form>
  );
}
