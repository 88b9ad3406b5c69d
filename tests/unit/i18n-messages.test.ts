import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { routing } from '@/i18n/routing';
import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The ICU argument names a message uses, including those inside plural and select branches. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') names.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    if ('children' in element) argumentsOf(element.children, names);
  }
  return names;
}

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [k, v] of flatten(value, path)) keys.set(k, v);
  }
  return keys;
}

const catalogues: Record<string, Map<string, string>> = {
  nl: flatten(nl as Messages),
  fr: flatten(fr as Messages),
  en: flatten(en as Messages),
};

describe('message files', () => {
  it('exist for every routed locale, with nl as the default', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...routing.locales].sort());
    expect(routing.defaultLocale).toBe('nl');
  });

  const allKeys = new Set(Object.values(catalogues).flatMap((catalogue) => [...catalogue.keys()]));

  for (const [locale, catalogue] of Object.entries(catalogues)) {
    it(`${locale} has every key that any locale has`, () => {
      const missing = [...allKeys].filter((key) => !catalogue.has(key));
      expect(missing, `keys missing in ${locale}`).toEqual([]);
    });

    it(`${locale} has no empty messages`, () => {
      const empty = [...catalogue].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  it('uses the same placeholders in every locale', () => {
    const placeholders = (text: string) => [...argumentsOf(parse(text))].sort();
    const mismatched = [...catalogues.nl!.keys()].filter((key) => {
      const expected = JSON.stringify(placeholders(catalogues.nl!.get(key)!));
      return ['fr', 'en'].some((locale) => JSON.stringify(placeholders(catalogues[locale]!.get(key) ?? '')) !== expected);
    });
    expect(mismatched).toEqual([]);
  });

  it('global-error.tsx carries the error namespace of every catalogue as it is', () => {
    expect(ERROR_MESSAGES).toEqual({ nl: nl.error, fr: fr.error, en: en.error });
  });
});
