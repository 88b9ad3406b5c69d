'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { EmailField } from '../../_components/credential-fields';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { signInAction } from '../../actions';

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('login');
  const { state, formAction, pending, value } = useFormAction(signInAction);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <EmailField label={t('email')} value={value('email')} autoComplete="username" />
      <Input id="password" name="password" type="password" autoComplete="current-password" label={t('password')} required />
      <Button type="submit" pending={pending} pendingLabel={t('pending')}>
        {t('submit')}
      </Button>
    </form>
  );
}
