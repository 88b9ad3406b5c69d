import { describe, expect, it } from 'vitest';
import { formatter, translator } from '@/lib/i18n/translator';
import { requestedLocale } from '@/i18n/routing';

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

  it('formats dates in Belgian time, relative times from the given now, and falls back to Dutch for an unknown locale', () => {
    const midnightUtc = new Date('2026-06-30T23:30:00Z');
    expect(formatter('nl').dateTime(midnightUtc, { dateStyle: 'short' })).toBe('01-07-2026');
    expect(formatter('en', new Date('2026-07-03T23:30:00Z')).relativeTime(midnightUtc)).toBe('3 days ago');
    expect(requestedLocale('de')).toBe('nl');
    expect(requestedLocale('fr')).toBe('fr');
  });
});
