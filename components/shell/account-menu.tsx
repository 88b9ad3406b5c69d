import { getTranslations } from '@/lib/i18n/server';
import type { Role } from '@/lib/navigation/menu';
import { AccountDropdown } from './frame-widgets';

/** Who is signed in, behind one button: their name and role, a link to their account, sign out. */
export async function AccountMenu({ viewer }: { viewer: { name: string; role: Role } }) {
  const [t, tRoles] = await Promise.all([getTranslations('shell'), getTranslations('roles')]);
  return (
    <AccountDropdown
      name={viewer.name}
      roleLabel={tRoles(viewer.role)}
      menuLabel={t('frame.accountMenu', { name: viewer.name })}
      accountLabel={t('account')}
      signOutLabel={t('signOut')}
    />
  );
}
