import { describe, expect, it } from 'vitest';
import { brusselsDay, parseBrusselsLocal, startOfBrusselsDay, toBrusselsLocalInput } from '@/lib/domain/brussels-time';

// Belgium changes clocks at 01:00 UTC on the last Sunday of March (02:00 CET → 03:00 CEST) and
// of October (03:00 CEST → 02:00 CET). In 2026 those are 29 March and 25 October.
describe('Brussels wall-clock time across daylight-saving changes', () => {
  it('reads ordinary winter and summer times with their own offset', () => {
    expect(parseBrusselsLocal('2026-01-15T09:00')?.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(parseBrusselsLocal('2026-07-15T09:00')?.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('reads the times just around the March change on the right side of it', () => {
    expect(parseBrusselsLocal('2026-03-29T01:59')?.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parseBrusselsLocal('2026-03-29T03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('moves the non-existent 02:30 of the last Sunday of March forward by the skipped hour, to 03:30 summer time', () => {
    const instant = parseBrusselsLocal('2026-03-29T02:30');
    expect(instant?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toBrusselsLocalInput(instant!)).toBe('2026-03-29T03:30');
  });

  it('reads the ambiguous 02:30 of the last Sunday of October as the second one (winter time, after the clocks went back)', () => {
    const instant = parseBrusselsLocal('2026-10-25T02:30');
    expect(instant?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(toBrusselsLocalInput(instant!)).toBe('2026-10-25T02:30');
    // Both real instants that showed 02:30 on Brussels clocks are shown back as 02:30.
    expect(toBrusselsLocalInput(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30');
  });

  it('reads the times just around the October change on the right side of it', () => {
    expect(parseBrusselsLocal('2026-10-25T01:59')?.toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(parseBrusselsLocal('2026-10-25T03:00')?.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('gives the change days their real length: 23 hours in March, 25 in October', () => {
    const hours = (day: string) =>
      (startOfBrusselsDay(new Date(`${day}T12:00:00Z`), 1).getTime() - startOfBrusselsDay(new Date(`${day}T12:00:00Z`)).getTime()) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(startOfBrusselsDay(new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfBrusselsDay(new Date('2026-10-25T12:00:00Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('puts the last hour before midnight on the Brussels day, not the UTC one', () => {
    expect(brusselsDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(brusselsDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
  });
});
