'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';

/**
 * The e-mail field of the sign-in, registration and forgotten-password forms. `value` is what the
 * visitor typed, echoed back after a refused submit; the key makes the field take it again.
 */
export function EmailField({ label, value, error, autoComplete = 'email' }: { label: string; value: string; error?: string; autoComplete?: string }) {
  return (
    <Input id="email" name="email" type="email" autoComplete={autoComplete} label={label} required defaultValue={value} error={error} key={`email-${value}`} />
  );
}

/** A new password with the password policy as its hint (registration, reset and invitation). */
export function NewPasswordField({ label, error }: { label: string; error?: string }) {
  const tRegister = useTranslations('register');
  return (
    <Input id="password" name="password" type="password" autoComplete="new-password" label={label} hint={tRegister('passwordHint')} required error={error} />
  );
}
