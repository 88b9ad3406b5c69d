'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, controlAttributes, controlClasses } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { HELP_MESSAGE_MAX } from '@/lib/domain/help-requests';
import type { ActionResult } from '@/lib/actions/result';
import { askForHelpAction } from '../help-actions';

interface TopicOption {
  value: string;
  label: string;
}

/** Re-mount the form when a result comes back, so it shows what the action echoed (React resets forms after actions). */
const formKey = (state: ActionResult) => `${state.status}-${state.message ?? ''}-${JSON.stringify(state.values ?? {})}`;

/**
 * The request form: a topic (the member's own needs first, then the other needs, then "something
 * else") and an optional message. The count under the message says when it is too long; the text
 * is never cut. Needs `ui` and `helpRequests.form` in the provider.
 */
export function AskAdvisorForm({ own, rest, other }: { own: TopicOption[]; rest: TopicOption[]; other: TopicOption }) {
  const t = useTranslations('helpRequests.form');
  const form = useFormAction(askForHelpAction);
  const error = form.error('topic');
  const group = (label: string, options: TopicOption[]) =>
    options.length > 0 ? (
      <optgroup label={label}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </optgroup>
    ) : null;
  return (
    <form action={form.formAction} noValidate className="mt-4 flex flex-col gap-4" key={formKey(form.state)} data-testid="ask-advisor-form">
      <FormMessage state={form.state} />
      <Field id="help-topic" label={t('topic')} error={error}>
        {(describedBy) => (
          <select
            {...controlAttributes('help-topic', true, error, describedBy)}
            name="topic"
            defaultValue={form.value('topic', own[0]?.value ?? rest[0]?.value ?? other.value)}
            className={controlClasses}
          >
            {group(t('ownNeeds'), own)}
            {group(own.length > 0 ? t('otherNeeds') : t('allNeeds'), rest)}
            <option value={other.value}>{other.label}</option>
          </select>
        )}
      </Field>
      <Textarea
        id="help-message"
        name="message"
        label={t('message')}
        hint={t('messageHint')}
        maxChars={HELP_MESSAGE_MAX}
        defaultValue={form.value('message')}
        error={form.error('message')}
        rows={4}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('pending')} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
