'use client';

import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/forms/use-form-action';
import { signOutAction } from '@/app/[locale]/(auth)/actions';

export function SignOutButton({ label }: { label: string }) {
  const { formAction, pending } = useFormAction(signOutAction);
  return (
    <form action={formAction}>
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {label}
      </Button>
    </form>
  );
}
