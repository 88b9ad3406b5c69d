import 'server-only';
import { cache } from 'react';
import { getLocale, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from 'next-intl/server';
import { appLocale, formatter, translator } from './translator';

type Namespace = Parameters<typeof translator>[1];

/**
 * Drop-in for next-intl's `getTranslations` (same call forms, same types) that reuses the
 * process-wide compiled messages of ./translator instead of compiling them again per request.
 */
export const getTranslations = cache(async (namespaceOrOptions?: string | { locale?: string; namespace?: string }) => {
  const options = typeof namespaceOrOptions === 'string' ? { namespace: namespaceOrOptions } : (namespaceOrOptions ?? {});
  const locale = appLocale(options.locale ?? (await getLocale()));
  return translator(locale, options.namespace as Namespace);
}) as unknown as typeof nextIntlGetTranslations;

/** Drop-in for next-intl's `getFormatter`, with the shared Intl formatters. */
export const getFormatter = cache(async (options?: { locale?: string }) => formatter(appLocale(options?.locale ?? (await getLocale())))) as unknown as typeof nextIntlGetFormatter;
