'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import { Button } from '@/components/ui/button';
import { EmailField, NewPasswordField } from '../../_components/credential-fields';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { registerAction } from '../../actions';

export function RegisterForm({ languages, defaultLanguage }: { languages: SelectOption[]; defaultLanguage: string }) {
  const t = useTranslations('register');
  const { state, formAction, pending, error, value } = useFormAction(registerAction);
  if (state.status === 'success') return <FormMessage state={state} />;
  const v = (field: string, fallback = '') => value(field, fallback);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <Input
        id="name"
        name="name"
        autoComplete="name"
        label={t('name')}
        required
        maxChars={120}
        defaultValue={v('name')}
        error={error('name')}
        key={`n-${v('name')}`}
      />
      <EmailField label={t('email')} value={v('email')} error={error('email')} />
      <NewPasswordField label={t('password')} error={error('password')} />
      <Select
        id="language"
        name="language"
        label={t('language')}
        options={languages}
        defaultValue={v('language', defaultLanguage)}
        error={error('language')}
        key={`l-${v('language')}`}
      />
      <Button type="submit" pending={pending} pendingLabel={t('pending')}>
        {t('submit')}
      </Button>
    </form>
  );
}
