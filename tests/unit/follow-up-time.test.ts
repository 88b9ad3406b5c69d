import { describe, expect, it } from 'vitest';
import { brusselsDay, parseBrusselsLocal, startOfBrusselsDay, toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import { endOfBrusselsWeek, queueBucket } from '@/lib/domain/follow-up-queue';

describe('Brussels wall-clock time', () => {
  it('reads a datetime-local value in Brussels, in winter and in summer time', () => {
    expect(parseBrusselsLocal('2026-11-23T14:30')?.toISOString()).toBe('2026-11-23T13:30:00.000Z');
    expect(parseBrusselsLocal('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('handles the nights the clocks change', () => {
    // 29 March 2026, 03:00 CEST is 01:00 UTC; 25 October 2026, 01:30 is still summer time.
    expect(parseBrusselsLocal('2026-03-29T03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(parseBrusselsLocal('2026-10-25T01:30')?.toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });

  it('refuses what is not a date and time, or a day that does not exist', () => {
    for (const text of ['', 'tomorrow', '2026-02-30T10:00', '2026-11-23 14:30', '2026-11-23T24:00', '2026-13-01T10:00', "2026-11-23T14:30'; drop table"]) {
      expect(parseBrusselsLocal(text)).toBeNull();
    }
  });

  it('writes an instant back as the value a datetime-local field shows', () => {
    expect(toBrusselsLocalInput(new Date('2026-11-23T13:30:00Z'))).toBe('2026-11-23T14:30');
    expect(toBrusselsLocalInput(parseBrusselsLocal('2026-07-01T09:05')!)).toBe('2026-07-01T09:05');
    expect(brusselsDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(startOfBrusselsDay(new Date('2026-11-23T10:00:00Z'), 1).toISOString()).toBe('2026-11-23T23:00:00.000Z');
  });
});

describe('the follow-up queue buckets', () => {
  // Wednesday 25 November 2026, 15:00 in Brussels.
  const now = new Date('2026-11-25T14:00:00Z');

  it('sorts by Brussels calendar day: overdue, today, this week (to Sunday), later', () => {
    expect(queueBucket(new Date('2026-11-24T22:59:00Z'), now)).toBe('overdue'); // Tuesday 23:59
    expect(queueBucket(new Date('2026-11-25T08:00:00Z'), now)).toBe('today'); // this morning, already past
    expect(queueBucket(new Date('2026-11-25T22:30:00Z'), now)).toBe('today'); // 23:30 tonight
    expect(queueBucket(new Date('2026-11-29T20:00:00Z'), now)).toBe('week'); // Sunday evening
    expect(queueBucket(new Date('2026-11-29T23:00:00Z'), now)).toBe('later'); // Monday 00:00
  });

  it('ends the week on the Monday after, also when today is Sunday', () => {
    expect(endOfBrusselsWeek(now).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(endOfBrusselsWeek(new Date('2026-11-29T12:00:00Z')).toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });
});
