'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { reassignFollowUpsAction } from '../actions';

/** Staff: the queue as one form; ticked follow-ups go to the advisor chosen below. */
export function ReassignForm({ advisors, children }: { advisors: Array<{ id: string; name: string }>; children: ReactNode }) {
  const t = useTranslations('followUps');
  const { state, formAction, pending, error } = useFormAction(reassignFollowUpsAction);
  return (
    <form action={formAction} className="flex flex-col gap-6" key={`${state.status}-${state.message ?? ''}`}>
      <FormMessage state={state} />
      {children}
      <fieldset className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">{t('reassignLegend')}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="reassign-owner" className="text-sm font-medium">
            {t('reassignTo')}
          </label>
          <select id="reassign-owner" name="ownerId" defaultValue="" aria-invalid={error('ownerId') ? true : undefined} className="min-h-11 rounded-md border border-slate-400 bg-white px-3">
            <option value="" disabled>
              —
            </option>
            {advisors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={t('pending')}>
          {t('reassignSubmit')}
        </Button>
      </fieldset>
    </form>
  );
}
