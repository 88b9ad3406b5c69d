/**
 * How the portal's locales map onto Intl: Belgian Dutch and French, and British English (the
 * day-month order and 24-hour clock a Belgian reader expects). Safe in client components.
 */
const INTL_LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The Intl locale for dates and numbers on a page in `locale` (nl → nl-BE); Dutch for an unknown one. */
export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? INTL_LOCALES.nl!;
}

/** Of three values, the one in the viewer's language (Dutch for an unknown locale): labels stored per language, such as sector names. */
export function inLanguage<T>(locale: string, values: { nl: T; fr: T; en: T }): T {
  return locale === 'fr' ? values.fr : locale === 'en' ? values.en : values.nl;
}
