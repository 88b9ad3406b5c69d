'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FileInput } from '@/components/ui/file-input';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { uploadNaceCatalogueAction } from '../actions';

export function NaceUploadForm() {
  const t = useTranslations('naceCatalogue');
  const { state, formAction, pending, error } = useFormAction(uploadNaceCatalogueAction);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <div className="whitespace-pre-line">
        <FormMessage state={state} />
      </div>
      <FileInput
        id="file"
        name="file"
        label={t('file')}
        error={error('file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      />
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
