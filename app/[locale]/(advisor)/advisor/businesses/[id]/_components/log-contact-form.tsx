'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { FOLLOW_UP_KINDS, SUMMARY_MAX } from '@/lib/domain/follow-ups';
import { toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import { createFollowUpAction } from '../../../follow-ups/actions';
import { formKey, useOnSuccess } from './form-outcome';

export interface Owner {
  id: string;
  name: string;
}

/**
 * Logs a contact that happened (status done): kind, when (now unless changed), summary, by whom.
 * Meant for a side panel or dialog: it renders in the browser only when opened, so its
 * idempotency key (one per result, so a double click records one contact) and "now" are the
 * browser's. Needs LOG_CONTACT_MESSAGES (follow-up-form-messages.ts) in the page's provider.
 */
export function LogContactForm({
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
  const tKinds = useTranslations('followUpKinds');
  const form = useFormAction(createFollowUpAction);
  const { value, error } = form;
  const idempotencyKey = useOnSuccess(form.state, onDone);
  const [now] = useState(() => toBrusselsLocalInput(new Date()));
  const id = (name: string) => `log-${businessId}-${name}`;
  return (
    <form action={form.formAction} className="flex flex-col gap-4" noValidate key={`${formKey(form.state)}-${idempotencyKey}`} data-testid="log-contact">
      <FormMessage state={form.state} />
      <input type="hidden" name="businessId" value={businessId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="status" value="done" />
      <Select
        id={id('kind')}
        name="kind"
        label={t('fields.kind')}
        options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tKinds(k) }))}
        defaultValue={value('kind', 'call')}
        error={error('kind')}
      />
      <DateTimeField
        id={id('happenedAt')}
        name="happenedAt"
        label={t('fields.happenedAt')}
        hint={t('forms.happenedHint')}
        defaultValue={value('happenedAt', now)}
        error={error('happenedAt')}
      />
      <Textarea
        id={id('summary')}
        name="summary"
        label={t('fields.summary')}
        hint={t('hints.summary')}
        maxChars={SUMMARY_MAX}
        defaultValue={value('summary')}
        error={error('summary')}
        rows={5}
      />
      <Select
        id={id('ownerId')}
        name="ownerId"
        label={t('fields.ownerId')}
        options={owners.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={value('ownerId', defaultOwnerId)}
        error={error('ownerId')}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('forms.logSubmit')}
      </Button>
    </form>
  );
}
