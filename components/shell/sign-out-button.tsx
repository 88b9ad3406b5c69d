'use client';

import { useTranslations } from 'next-intl';
import { LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownMenuItem } from '@/components/ui/dropdown-menu';
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

/** The account menu's last item. It keeps the menu open while signing out, so the form stays mounted until the redirect. */
export function SignOutMenuItem() {
  const t = useTranslations('shell');
  const { formAction, pending } = useFormAction(signOutAction);
  return (
    <form action={formAction}>
      <DropdownMenuItem asChild disabled={pending} onSelect={(event) => event.preventDefault()}>
        <button type="submit" className="w-full text-left">
          <LogOut aria-hidden="true" className="size-4" />
          {t('signOut')}
        </button>
      </DropdownMenuItem>
    </form>
  );
}
