'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { assignAdvisorAction } from '../actions';

export interface AdvisorOption {
  id: string;
  name: string;
}

/** Assigns the selected rows to one advisor (or to nobody) in one server action. */
export function BulkAssignForm({
  selectedIds,
  advisors,
  labels,
  onDone,
}: {
  selectedIds: string[];
  advisors: AdvisorOption[];
  labels: { legend: string; advisor: string; none: string; submit: string; pending: string; selected: string };
  onDone: () => void;
}) {
  const { state, formAction, pending } = useFormAction(assignAdvisorAction);
  useEffect(() => {
    if (state.status === 'success') onDone();
  }, [state, onDone]);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <fieldset className="flex flex-wrap items-end gap-2" disabled={selectedIds.length === 0}>
        <legend className="mb-1 text-sm font-medium">
          {labels.legend} <span className="font-normal text-slate-600">({labels.selected.replace('{count}', String(selectedIds.length))})</span>
        </legend>
        {selectedIds.map((id) => (
          <input key={id} type="hidden" name="businessIds" value={id} />
        ))}
        <label htmlFor="bulk-advisor" className="sr-only">
          {labels.advisor}
        </label>
        <select id="bulk-advisor" name="advisorId" className="min-h-11 rounded-md border border-slate-400 bg-white px-3" defaultValue="">
          <option value="">{labels.none}</option>
          {advisors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={labels.pending}>
          {labels.submit}
        </Button>
      </fieldset>
    </form>
  );
}
