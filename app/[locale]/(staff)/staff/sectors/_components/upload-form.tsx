'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { uploadNaceCatalogueAction } from '../actions';

export function NaceUploadForm() {
  const t = useTranslations('naceCatalogue');
  const { state, formAction, pending, error } = useFormAction(uploadNaceCatalogueAction);
  const fileError = error('file');
  return (
    <form action={formAction} className="flex flex-col gap-5">
      <div className="whitespace-pre-line">
        <FormMessage state={state} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="file" className="text-sm font-medium">
          {t('file')}
        </label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'file-error' : undefined}
          className="min-h-11 rounded-md border border-slate-400 bg-white p-2"
        />
        {fileError ? (
          <p id="file-error" className="text-sm font-medium text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      <Select
        id="version"
        name="version"
        label={t('versionLabel')}
        options={[
          { value: '2025', label: 'NACE-BEL 2025' },
          { value: '2008', label: 'NACE-BEL 2008' },
        ]}
        defaultValue="2025"
      />
      <Button type="submit" pending={pending} pendingLabel={t('uploading')} className="self-start">
        {t('upload')}
      </Button>
    </form>
  );
}
