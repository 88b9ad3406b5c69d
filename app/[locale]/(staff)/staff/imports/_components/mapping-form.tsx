'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { IMPORT_FIELDS, type ColumnMapping } from '@/lib/member-import/columns';
import { checkImportAction } from '../actions';

/** One select per import field, pre-filled with the automatic match; the file's first values show what a column holds. */
export function MappingForm({ importId, headers, sample, mapping }: { importId: string; headers: string[]; sample: string[][]; mapping: ColumnMapping }) {
  const t = useTranslations('imports');
  const { state, formAction, pending, value } = useFormAction(checkImportAction);
  const options = headers.map((header, index) => ({ value: String(index), label: header.trim() === '' ? `#${index + 1}` : header }));
  const example = (index: number) =>
    sample
      .map((row) => row[index] ?? '')
      .filter((cell) => cell !== '')
      .slice(0, 3)
      .join(' · ');
  return (
    <form action={formAction} className="flex flex-col gap-4" key={JSON.stringify(state.values ?? {})} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="importId" value={importId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {IMPORT_FIELDS.map((field) => {
          const chosen = value(field, mapping[field] === undefined ? '' : String(mapping[field]));
          return (
            <div key={field} className="flex flex-col gap-1">
              <Select
                id={`map-${field}`}
                name={field}
                label={t(`fields.${field}`)}
                options={options}
                placeholder={t('notMapped')}
                defaultValue={chosen}
                required={field === 'enterpriseNumber'}
                requiredLabel={t('required')}
              />
              {chosen !== '' && example(Number(chosen)) ? (
                <p className="text-sm break-words text-slate-600">{t('sample', { values: example(Number(chosen)) })}</p>
              ) : null}
            </div>
          );
        })}
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('checking')} className="self-start">
        {t('check')}
      </Button>
    </form>
  );
}
