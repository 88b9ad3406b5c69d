import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import { pickMessages } from '@/lib/i18n/pick-messages';
import { inLanguage, intlLocale } from '@/lib/i18n/intl-locale';

describe('the messages a page gives its client components', () => {
  it('keeps whole namespaces and single keys, nested as the messages are, and nothing else', () => {
    expect(pickMessages(nl, ['classes', 'triage.caption', 'triage.columns'])).toEqual({
      classes: nl.classes,
      triage: { caption: nl.triage.caption, columns: nl.triage.columns },
    });
  });

  it('refuses a path that names no message, so a page cannot silently ship a key without its text', () => {
    expect(() => pickMessages(nl, ['triage.noSuchKey'])).toThrow('triage.noSuchKey');
    expect(() => pickMessages(nl, ['triage.caption.deeper'])).toThrow('triage.caption.deeper');
  });
});

describe('one mapping from a portal locale to Intl and to per-language values', () => {
  it('formats Belgian Dutch and French and British English, and falls back to Dutch', () => {
    expect([intlLocale('nl'), intlLocale('fr'), intlLocale('en'), intlLocale('de')]).toEqual(['nl-BE', 'fr-BE', 'en-GB', 'nl-BE']);
    const names = { nl: 'Frituren', fr: 'Friteries', en: 'Chip shops' };
    expect([inLanguage('nl', names), inLanguage('fr', names), inLanguage('en', names), inLanguage('de', names)]).toEqual([
      'Frituren',
      'Friteries',
      'Chip shops',
      'Frituren',
    ]);
  });
});
