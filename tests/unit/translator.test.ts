import { describe, expect, it } from 'vitest';
import { appLocale, formatter, translator } from '@/lib/i18n/translator';

describe('the shared translator', () => {
  it('keeps each locale\'s compiled messages apart although they share one cache', () => {
    const nl = translator('nl', 'triage');
    const fr = translator('fr', 'triage');
    // Twice each, so the second call of each comes from the cache.
    for (let i = 0; i < 2; i++) {
      expect(nl('count', { total: 1234 })).toContain('1.234');
      expect(fr('count', { total: 1234 })).toMatch(/1\s234/);
      expect(nl('count', { total: 1234 })).not.toEqual(fr('count', { total: 1234 }));
    }
  });

  it('formats dates in Belgian time and falls back to Dutch for an unknown locale', () => {
    const midnightUtc = new Date('2026-06-30T23:30:00Z');
    expect(formatter('nl').dateTime(midnightUtc, { dateStyle: 'short' })).toBe('01-07-2026');
    expect(appLocale('de')).toBe('nl');
    expect(appLocale('fr')).toBe('fr');
  });
});
