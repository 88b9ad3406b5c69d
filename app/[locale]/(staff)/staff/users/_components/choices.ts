import { getTranslations } from '@/lib/i18n/server';
import { routing } from '@/i18n/routing';
import { PROVINCES } from '@/lib/domain/provinces';

/** The translated options of the user forms. */
export async function userFormChoices(roles: readonly ('member' | 'advisor' | 'staff')[]) {
  const [tRoles, tProvinces, tShell, tUsers] = await Promise.all([
    getTranslations('roles'),
    getTranslations('provinces'),
    getTranslations('shell'),
    getTranslations('staffUsers'),
  ]);
  return {
    roles: roles.map((role) => ({ value: role, label: tRoles(role) })),
    statuses: [
      { value: 'active', label: tUsers('statusActive') },
      { value: 'deactivated', label: tUsers('statusDeactivated') },
    ],
    provinces: PROVINCES.map((p) => ({ value: p, label: tProvinces(p) })),
    languages: routing.locales.map((l) => ({ value: l, label: tShell(`languageNames.${l}`) })),
  };
}

export async function userFormLabels(submit: 'save' | 'sendInvite') {
  const t = await getTranslations('staffUsers');
  return {
    name: t('name'),
    email: t('email'),
    role: t('role'),
    status: t('status'),
    regions: t('regions'),
    canExport: t('canExport'),
    language: t('language'),
    submit: t(submit),
    pending: t('saving'),
  };
}
