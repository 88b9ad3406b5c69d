'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/forms/use-form-action';
import { signOutAction } from '@/app/[locale]/(auth)/actions';

/** Under the layout's provider, which always gives `shell`. */
export function SignOutButton() {
  const t = useTranslations('shell');
  const { formAction, pending } = useFormAction(signOutAction);
  return (
    <form action={formAction}>
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {t('signOut')}
      </Button>
    </form>
  );
}
