'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
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
        <Select
          id="reassign-owner"
          name="ownerId"
          label={t('reassignTo')}
          placeholder="—"
          defaultValue=""
          options={advisors.map((a) => ({ value: a.id, label: a.name }))}
          error={error('ownerId')}
        />
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={t('pending')}>
          {t('reassignSubmit')}
        </Button>
      </fieldset>
    </form>
  );
}
