import { describe, expect, it } from 'vitest';
import { formatter, translator } from '@/lib/i18n/translator';
import { requestedLocale } from '@/i18n/routing';

describe('the shared translator', () => {
  it("keeps each locale's compiled messages apart although they share one cache", () => {
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

  it('hands out one translator per locale and namespace, so messages compile once per process', () => {
    expect(translator('nl', 'triage')).toBe(translator('nl', 'triage'));
    expect(translator('fr', 'triage')).not.toBe(translator('nl', 'triage'));
    expect(translator('nl', 'classes')).not.toBe(translator('nl', 'triage'));
  });

  it("counts relative times from the request's now, also when the call passes other options", () => {
    const now = new Date('2026-07-03T12:00:00Z');
    const format = formatter('en', now);
    expect(format.relativeTime(new Date('2026-07-03T10:00:00Z'), { unit: 'minute' })).toBe('120 minutes ago');
    expect(format.relativeTime(new Date('2026-07-03T10:00:00Z'), new Date('2026-07-03T11:00:00Z'))).toBe('1 hour ago');
    // Another request's now does not leak into this one's, although the Intl formatters are shared.
    expect(formatter('en', new Date('2026-07-04T12:00:00Z')).relativeTime(now)).toBe('1 day ago');
    expect(format.relativeTime(now)).toBe('now');
  });
});
