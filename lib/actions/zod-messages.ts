import { z } from 'zod';
import { en, fr, nl } from 'zod/locales';
import type { AppLocale } from '@/i18n/routing';

const LOCALES = { nl, fr, en } as const;
const maps = new Map<AppLocale, z.core.$ZodErrorMap>();

/** zod's own messages in the user's language, passed per parse (never z.config(), which is process-wide). */
export function zodErrorMap(locale: AppLocale): z.core.$ZodErrorMap {
  let map = maps.get(locale);
  if (!map) {
    map = LOCALES[locale]().localeError;
    maps.set(locale, map);
  }
  return map;
}
