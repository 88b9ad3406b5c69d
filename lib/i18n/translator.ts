import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from 'next-intl';
import nl from '@/messages/nl.json';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type { AppLocale } from '@/i18n/routing';

// fr and en have the same keys as nl (a unit test checks), so nl's type describes all three.
const MESSAGES: Record<AppLocale, typeof nl> = { nl, fr: fr as typeof nl, en: en as typeof nl };

/** Dates are shown in Belgian time whatever the server's clock says (i18n/request.ts says the same). */
export const TIME_ZONE = 'Europe/Brussels';

/**
 * Compiled ICU messages and Intl formatters depend only on the locale and the messages built into
 * the app, so one set serves every request of the process. next-intl's own `getTranslations`
 * keeps them per request, compiling each message with values and building each Intl formatter
 * again on every render; that was a large share of a page's server time.
 */
const sharedCache = _createCache();
const sharedFormatters = _createIntlFormatters(sharedCache);

/** A translator for one namespace, usable in a page render as well as in e-mails and validation messages. */
export function translator<N extends keyof typeof nl>(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: TIME_ZONE, _cache: sharedCache, _formatters: sharedFormatters });
}

/** Date and number formatting for a locale, with the same shared formatters; `now` is what relative times count from. */
export function formatter(locale: AppLocale, now?: Date) {
  return createFormatter({ locale, timeZone: TIME_ZONE, now, _cache: sharedCache, _formatters: sharedFormatters });
}
