import { getTranslations } from '@/lib/i18n/server';
import type { Role } from '@/lib/navigation/menu';
import { Link } from '@/i18n/navigation';
import { SignOutButton } from './sign-out-button';

/** Who is signed in, with the sign-out button. */
export async function AccountMenu({ viewer }: { viewer: { name: string; role: Role } }) {
  const t = await getTranslations('shell');
  const tRoles = await getTranslations('roles');
  return (
    <div className="flex items-center gap-3">
      <p className="hidden text-right text-sm leading-tight sm:block">
        <span className="block font-medium">{t('signedInAs', { name: viewer.name })}</span>
        <span className="block text-slate-600">{tRoles(viewer.role)}</span>
      </p>
      <Link href="/account" className="rounded-md px-2 py-2 text-sm font-medium text-brand-800 underline-offset-4 hover:underline focus-visible:outline-2">
        {t('account')}
      </Link>
      <SignOutButton />
    </div>
  );
}
