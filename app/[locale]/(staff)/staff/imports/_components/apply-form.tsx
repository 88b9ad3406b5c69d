'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { applyImportAction } from '../actions';

/** The one button that writes: imports the rows the dry run accepted. */
export function ApplyForm({ importId, count }: { importId: string; count: number }) {
  const t = useTranslations('imports');
  const { state, formAction, pending } = useFormAction(applyImportAction);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="importId" value={importId} />
      <Button type="submit" pending={pending} pendingLabel={t('importing')} className="self-start">
        {t('importButton', { count })}
      </Button>
    </form>
  );
}
