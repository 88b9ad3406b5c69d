'use client';

import { useEffect, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/lib/actions/result';
import { assignAdvisorAction, setPriorityAction } from '../actions';

export interface AdvisorOption {
  id: string;
  name: string;
}

/**
 * One bulk action on the selected rows: the selection as hidden fields, a control, a submit
 * button and the action's message. Clears the selection when the action succeeded.
 */
function BulkForm({
  action,
  legend,
  submit,
  selectedIds,
  onDone,
  children,
}: {
  action: (previous: ActionResult | null, payload: FormData) => Promise<ActionResult>;
  legend: string;
  submit: string;
  selectedIds: string[];
  onDone: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('triage');
  const { state, formAction, pending } = useFormAction(action);
  useEffect(() => {
    if (state.status !== 'success') return;
    // The bar closes with the selection, so the result shows as a toast.
    toast.success(state.message);
    onDone();
  }, [state, onDone]);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <fieldset className="flex flex-wrap items-end gap-2" disabled={selectedIds.length === 0}>
        <legend className="mb-1 text-sm font-medium">
          {legend} <span className="font-normal text-slate-600">({t('selected', { count: selectedIds.length })})</span>
        </legend>
        {selectedIds.map((id) => (
          <input key={id} type="hidden" name="businessIds" value={id} />
        ))}
        {children}
        <Button type="submit" size="sm" pending={pending} pendingLabel={t('bulkPending')}>
          {submit}
        </Button>
      </fieldset>
    </form>
  );
}

/** Assigns the selected rows to one advisor (or to nobody). */
export function BulkAssignForm({ selectedIds, advisors, onDone }: { selectedIds: string[]; advisors: AdvisorOption[]; onDone: () => void }) {
  const t = useTranslations('triage');
  return (
    <BulkForm action={assignAdvisorAction} legend={t('bulkLegend')} submit={t('bulkSubmit')} selectedIds={selectedIds} onDone={onDone}>
      <label htmlFor="bulk-advisor" className="sr-only">
        {t('bulkAdvisor')}
      </label>
      <select id="bulk-advisor" name="advisorId" className="h-9 max-w-full rounded-md border border-slate-400 bg-white px-2 text-sm" defaultValue="">
        <option value="">{t('bulkNone')}</option>
        {advisors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </BulkForm>
  );
}

/** Sets the coaching priority of the selected rows by hand (empty: back to the computed one). */
export function BulkPriorityForm({ selectedIds, onDone }: { selectedIds: string[]; onDone: () => void }) {
  const t = useTranslations('triage');
  return (
    <BulkForm action={setPriorityAction} legend={t('priorityLegend')} submit={t('prioritySubmit')} selectedIds={selectedIds} onDone={onDone}>
      <label htmlFor="bulk-priority" className="flex flex-col text-sm">
        {t('priorityField')}
        <span id="bulk-priority-hint" className="text-xs text-slate-600">
          {t('priorityHint')}
        </span>
      </label>
      <input
        id="bulk-priority"
        name="priority"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        aria-describedby="bulk-priority-hint"
        className="h-9 w-24 rounded-md border border-slate-400 bg-white px-2 text-sm"
      />
    </BulkForm>
  );
}
