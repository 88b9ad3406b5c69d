import 'server-only';
import { cache } from 'react';
import { getLocale, getNow, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from 'next-intl/server';
import { requestedLocale } from '@/i18n/routing';
import { formatter, translator } from './translator';

type Namespace = Parameters<typeof translator>[1];

/**
 * Drop-in for next-intl's `getTranslations` (same call forms, same types) that reuses the
 * process-wide compiled messages of ./translator instead of compiling them again per request.
 */
export const getTranslations = cache(async (namespaceOrOptions?: string | { locale?: string; namespace?: string }) => {
  const options = typeof namespaceOrOptions === 'string' ? { namespace: namespaceOrOptions } : (namespaceOrOptions ?? {});
  const locale = requestedLocale(options.locale ?? (await getLocale()));
  return translator(locale, options.namespace as Namespace);
}) as unknown as typeof nextIntlGetTranslations;

/** Drop-in for next-intl's `getFormatter`, with the shared Intl formatters and the request's `now`. */
export const getFormatter = cache(async (options?: { locale?: string }) =>
  formatter(requestedLocale(options?.locale ?? (await getLocale())), await getNow()),
) as unknown as typeof nextIntlGetFormatter;
