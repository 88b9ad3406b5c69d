import { hasLocale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['nl', 'fr', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];

/** A locale a request names (a header, a form field, a query parameter), or the default one when it names none we have. */
export function requestedLocale(value: string | null | undefined): AppLocale {
  return value && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
