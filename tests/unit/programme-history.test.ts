import { describe, expect, it } from 'vitest';
import { defaultFrom, isPeriodStart, monthsBetween, weeksBetween } from '@/lib/programme/periods';
import { activityByAdvisor, changesByMonth, followUpsPerWeek, scoreDistribution, scoreProgress } from '@/lib/programme/history-series';
import { parseProgrammeFilter } from '@/lib/programme/filter';

const now = new Date('2026-12-04T10:00:00Z');

describe('programme periods', () => {
  it('default to the last twelve months and list every month and Monday of a period', () => {
    expect(defaultFrom(now)).toBe('2026-01-01');
    expect(monthsBetween('2026-10-15', now)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
    expect(weeksBetween('2026-11-18', now)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });

  it('accept only real days between 2020 and today', () => {
    expect(isPeriodStart('2026-02-28', now)).toBe(true);
    expect(isPeriodStart('2026-02-30', now)).toBe(false);
    expect(isPeriodStart('2019-12-31', now)).toBe(false);
    expect(isPeriodStart('2026-12-05', now)).toBe(false);
    expect(isPeriodStart('01/01/2026', now)).toBe(false);
    const { filter, notices } = parseProgrammeFilter({ from: '2026-13-01' }, { provinces: [], divisions: new Set() }, now);
    expect(filter).toEqual({});
    expect(notices).toEqual(['from']);
  });
});

describe('programme series', () => {
  it('fill every month, and count a change from a losing class to winner as tipped', () => {
    const months = changesByMonth(
      [
        { month: '2026-11-01', fromClass: 'shifter', toClass: 'winner', contactBand: 0, businesses: 2 },
        { month: '2026-11-01', fromClass: 'stable', toClass: 'winner', contactBand: -1, businesses: 1 },
        { month: '2026-12-01', fromClass: 'winner', toClass: 'shifter', contactBand: 1, businesses: 1 },
        { month: '2025-01-01', fromClass: 'shifter', toClass: 'winner', contactBand: 0, businesses: 9 },
      ],
      ['2026-10-01', '2026-11-01', '2026-12-01'],
    );
    expect(months.map((m) => [m.month, m.total, m.tipped, m.byClass.winner])).toEqual([
      ['2026-10-01', 0, 0, 0],
      ['2026-11-01', 3, 2, 3],
      ['2026-12-01', 1, 0, 0],
    ]);
  });

  it('split follow-ups into contacts by kind and open ones, per week and per advisor', () => {
    const counts = [
      { week: '2026-11-30', ownerId: 'a', ownerName: 'An', kind: 'call' as const, status: 'done' as const, followUps: 3 },
      { week: '2026-11-30', ownerId: 'b', ownerName: 'Bo', kind: 'visit' as const, status: 'open' as const, followUps: 2 },
      { week: '2026-11-23', ownerId: 'b', ownerName: 'Bo', kind: 'visit' as const, status: 'done' as const, followUps: 4 },
      { week: '2026-11-23', ownerId: 'b', ownerName: 'Bo', kind: 'email' as const, status: 'cancelled' as const, followUps: 1 },
    ];
    const weeks = followUpsPerWeek(counts, ['2026-11-23', '2026-11-30']);
    expect(weeks.map((w) => [w.week, w.total, w.open, w.done.visit])).toEqual([
      ['2026-11-23', 4, 0, 4],
      ['2026-11-30', 3, 2, 0],
    ]);
    expect(activityByAdvisor(counts).map((a) => [a.name, a.doneTotal, a.open, a.cancelled])).toEqual([
      ['Bo', 4, 2, 1],
      ['An', 3, 0, 0],
    ]);
  });

  it('give every score band and the mean change per group', () => {
    const bands = scoreDistribution([
      { scoreBand: 4, businesses: 3 },
      { scoreBand: -1, businesses: 2 },
    ]);
    expect(bands).toHaveLength(11);
    expect(bands.at(-1)).toEqual({ band: -1, businesses: 2 });
    const [coached, notYet] = scoreProgress([
      { coached: true, changeBand: 2, businesses: 2, changeSum: 30 },
      { coached: true, changeBand: -1, businesses: 1, changeSum: -5 },
    ]);
    expect(coached).toMatchObject({ coached: true, members: 3, meanChange: 8.3 });
    expect(notYet).toMatchObject({ coached: false, members: 0, meanChange: null });
  });
});
