import { getTranslations } from '@/lib/i18n/server';
import { routing } from '@/i18n/routing';
import { PROVINCES } from '@/lib/domain/provinces';

/** The translated options of the user forms (option lists stay props: they come from domain lists). */
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

const staffUsers = (...keys: string[]) => keys.map((key) => `staffUsers.${key}`);

/** What the edit form translates in the browser, for its page's provider (see lib/i18n/client-messages). */
export const EDIT_USER_FORM_MESSAGES = staffUsers('role', 'status', 'regions', 'canExport', 'save', 'saving');

/** What the invitation form translates in the browser; `ui` is for the name's character count. */
export const INVITE_USER_FORM_MESSAGES = ['ui', ...staffUsers('name', 'email', 'role', 'regions', 'language', 'sendInvite', 'saving')];
