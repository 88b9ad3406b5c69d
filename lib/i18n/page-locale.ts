import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type AppLocale } from '@/i18n/routing';

/**
 * Every page starts with this: it checks the locale segment and tells next-intl about it
 * (without setRequestLocale pages silently become dynamic).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** A locale a request names (a header, a form field, a query parameter), or the default one when it names none we have. */
export function requestedLocale(value: string | null | undefined): AppLocale {
  return value && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
