import 'server-only';
import { cache } from 'react';
import { getLocale as nextIntlLocale, getNow } from 'next-intl/server';
import { requestedLocale, type AppLocale } from '@/i18n/routing';
import { formatter, translator } from './translator';

type Namespace = Parameters<typeof translator>[1];

/** The request's locale, or the one named (an action translating for the form's language). */
const localeOf = async (locale?: string) => requestedLocale(locale ?? (await nextIntlLocale()));

/**
 * Like next-intl's `getLocale`, typed as the app's locale: the one the translators below use, for
 * server components that hand it to a shared wording function (lib/i18n/score-words.ts).
 */
export const getLocale = (): Promise<AppLocale> => localeOf();

/**
 * Used like next-intl's `getTranslations` (a namespace, or `{ locale, namespace }`), but returns
 * the process-wide translator of ./translator instead of compiling the messages again per request.
 */
export async function getTranslations<N extends Namespace>(namespaceOrOptions: N | { locale?: string; namespace: N }) {
  const options = typeof namespaceOrOptions === 'string' ? { namespace: namespaceOrOptions } : namespaceOrOptions;
  return translator(await localeOf('locale' in options ? options.locale : undefined), options.namespace);
}

/** Like next-intl's `getFormatter`: the shared Intl formatters, with the request's `now` for relative times. */
export const getFormatter = cache(async (options?: { locale?: string }) => formatter(await localeOf(options?.locale), await getNow()));
