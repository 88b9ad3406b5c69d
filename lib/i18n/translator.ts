import { createTranslator } from 'next-intl';
import nl from '@/messages/nl.json';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type { AppLocale } from '@/i18n/routing';

// fr and en have the same keys as nl (a unit test checks), so nl's type describes all three.
const MESSAGES: Record<AppLocale, typeof nl> = { nl, fr: fr as typeof nl, en: en as typeof nl };

/**
 * A translator usable outside a page render (e-mails, server-side validation messages),
 * where next-intl's request-bound `getTranslations` is not available.
 */
export function translator<N extends keyof typeof nl>(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
