'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { RevenueChangeInput } from '@/components/forms/revenue-change-input';
import { Select, type SelectOption } from '@/components/ui/select';
import { Button } from '@/components/ui/button';
import { CheckboxGroup, type CheckboxOption } from '@/components/ui/checkbox-group';
import { FormMessage } from '@/components/forms/form-message';
import { ConflictTable } from '@/components/forms/conflict-table';
import { useFormAction } from '@/components/forms/use-form-action';
import type { NaceOption } from '@/lib/nace/sector-search';
import { saveProfileAction } from '../../actions';
import { SectorPicker } from '@/components/forms/sector-picker';
import { LocationFields } from './location-fields';

export interface ProfileFormProps {
  initial: Record<string, string | string[]>;
  naceOptions: NaceOption[];
  localitiesByPostcode: Record<string, string[]>;
  provinceNames: Record<string, string>;
  employeeBands: SelectOption[];
  needs: CheckboxOption[];
  consentNote?: string;
  /** The NACE catalogue version of `naceOptions`. */
  catalogueVersion: string;
}

export function ProfileForm({
  initial,
  naceOptions,
  localitiesByPostcode,
  provinceNames,
  employeeBands,
  needs,
  consentNote,
  catalogueVersion,
}: ProfileFormProps) {
  const t = useTranslations('profile');
  const { state, formAction, pending, error, value, values } = useFormAction(saveProfileAction);
  const text = (field: string) => value(field, typeof initial[field] === 'string' ? (initial[field] as string) : '');
  // Re-mount the fields after each answer so they show what the server echoed back.
  const formKey = JSON.stringify(state.values ?? initial);
  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate key={formKey}>
      <FormMessage state={state} />
      <ConflictTable conflict={state.conflict} namespace="profile" />
      <input type="hidden" name="version" value={text('version')} />
      <Input id="name" name="name" label={t('name')} required maxChars={160} defaultValue={text('name')} error={error('name')} autoComplete="organization" />
      <Input
        id="enterpriseNumber"
        name="enterpriseNumber"
        label={t('enterpriseNumber')}
        hint={t('enterpriseNumberHint')}
        required
        inputMode="text"
        defaultValue={text('enterpriseNumber')}
        error={error('enterpriseNumber')}
      />
      <SectorPicker options={naceOptions} defaultValue={text('naceCode')} error={error('naceCode')} catalogueVersion={catalogueVersion} />
      <LocationFields
        localitiesByPostcode={localitiesByPostcode}
        provinceNames={provinceNames}
        defaultPostcode={text('postcode')}
        defaultLocality={text('locality')}
        errors={{ postcode: error('postcode'), locality: error('locality') }}
      />
      <Select
        id="employeesBand"
        name="employeesBand"
        label={t('employees')}
        options={employeeBands}
        defaultValue={text('employeesBand') || '1-4'}
        error={error('employeesBand')}
      />
      <RevenueChangeInput label={t('revenueChange')} hint={t('revenueChangeHint')} defaultValue={text('revenueChangePct')} error={error('revenueChangePct')} />
      <CheckboxGroup
        name="needs"
        legend={t('needs')}
        options={needs}
        defaultValues={values('needs', (initial.needs as string[]) ?? [])}
        error={error('needs')}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t('consent')}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="contactConsent" defaultChecked={text('contactConsent') === 'on'} className="mt-1 h-5 w-5 accent-brand-700" />
          <span>{t('consentText')}</span>
        </label>
        {consentNote ? <p className="text-sm text-slate-600">{consentNote}</p> : null}
      </fieldset>
      <Button type="submit" pending={pending} pendingLabel={t('saving')}>
        {t('save')}
      </Button>
    </form>
  );
}
