import { createFormatter, createTranslator } from 'next-intl';
import nl from '@/messages/nl.json';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type { AppLocale } from '@/i18n/routing';
import { TIME_ZONE } from '@/lib/domain/brussels-time';

// fr and en have the same keys as nl (a unit test checks), so nl's type describes all three.
const MESSAGES: Record<AppLocale, typeof nl> = { nl, fr: fr as typeof nl, en: en as typeof nl };

type Namespace = keyof typeof nl;
type Translator<N extends Namespace> = ReturnType<typeof createTranslator<typeof nl, N>>;
type Formatter = ReturnType<typeof createFormatter>;

/**
 * Compiled ICU messages and Intl formatters depend only on the locale and the messages built into
 * the app, so one translator per locale and namespace serves every request of the process: each
 * translator keeps its compiled messages and formatters in its own cache, which lives as long as
 * the translator. next-intl's `getTranslations` builds a fresh one per request, compiling every
 * message again; that was a large share of a page's server time (bench/translator-bench.ts).
 * There are at most 3 locales × the namespaces of messages/nl.json of them.
 */
const translators = new Map<string, unknown>();

/** A translator for one namespace, usable in a page render as well as in e-mails and validation messages. */
export function translator<N extends Namespace>(locale: AppLocale, namespace: N): Translator<N> {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key) as Translator<N> | undefined;
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: TIME_ZONE });
    translators.set(key, t);
  }
  return t;
}

const formatters = new Map<AppLocale, Formatter>();

/**
 * Date and number formatting for a locale, with Intl formatters kept per locale for the process;
 * `now` is what relative times count from (the request's time), passed to each call because the
 * shared formatter cannot hold it.
 */
export function formatter(locale: AppLocale, now?: Date): Formatter {
  let shared = formatters.get(locale);
  if (!shared) {
    shared = createFormatter({ locale, timeZone: TIME_ZONE });
    formatters.set(locale, shared);
  }
  if (!now) return shared;
  const base = shared;
  const relativeTime: Formatter['relativeTime'] = (date, nowOrOptions) =>
    nowOrOptions instanceof Date || typeof nowOrOptions === 'number'
      ? base.relativeTime(date, nowOrOptions)
      : base.relativeTime(date, { now, ...nowOrOptions });
  return { ...base, relativeTime };
}
