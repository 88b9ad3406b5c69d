import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/components/format';

describe('formatDateTime', () => {
  // 20:05 UTC in December is 21:05 in Brussels (winter time), whatever the machine's own zone.
  const moment = new Date('2026-12-03T20:05:00Z');

  it('writes the day before the month and a 24-hour clock in Brussels time, in each language', () => {
    expect(formatDateTime(moment, 'nl')).toBe('3 dec 2026, 21:05');
    expect(formatDateTime(moment, 'fr')).toBe('3 déc. 2026, 21:05');
    expect(formatDateTime(moment, 'en')).toBe('3 Dec 2026, 21:05');
  });
});
