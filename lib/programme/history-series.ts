import { CRISIS_CLASSES, type CrisisClass } from '@/lib/domain/classification';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@/lib/domain/follow-ups';
import type { ClassChangeCount, FollowUpWeekCount, ScoreBandCount, ScoreChangeCount } from '@/lib/dal/programme-history';
import { LOSING_CLASSES } from './periods';

/*
 * The programme's counts over time, added up into the series the charts, table views and CSV
 * downloads show: every month or week of the period present (0 where nothing happened), in order.
 */

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export interface MonthOfChanges {
  month: string;
  /** The businesses that joined each class that month. */
  byClass: Record<CrisisClass, number>;
  /** Of those, the ones that went from a losing class to winner. */
  tipped: number;
  total: number;
}

/** Class changes per month of `months`, by the class joined. */
export function changesByMonth(counts: readonly ClassChangeCount[], months: readonly string[]): MonthOfChanges[] {
  const byMonth = new Map(months.map((month) => [month, { month, byClass: zeroes(CRISIS_CLASSES), tipped: 0, total: 0 }]));
  for (const count of counts) {
    const month = byMonth.get(count.month);
    if (!month || count.businesses <= 0) continue;
    month.byClass[count.toClass] += count.businesses;
    month.total += count.businesses;
    if (count.toClass === 'winner' && (LOSING_CLASSES as readonly string[]).includes(count.fromClass)) month.tipped += count.businesses;
  }
  return [...byMonth.values()];
}

/** How long after the first logged contact, in the database's bands. */
export const CONTACT_BANDS = [-1, 0, 1, 2, 3] as const;
export type ContactBand = (typeof CONTACT_BANDS)[number];

/** The class changes of the period by how long after the member's first logged contact they came. */
export function changesByContactBand(counts: readonly ClassChangeCount[]): Record<ContactBand, number> {
  const bands = { '-1': 0, '0': 0, '1': 0, '2': 0, '3': 0 } as Record<ContactBand, number>;
  for (const count of counts) if (count.businesses > 0) bands[count.contactBand as ContactBand] += count.businesses;
  return bands;
}

export interface WeekOfFollowUps {
  week: string;
  /** Contacts logged (done follow-ups) that week, by kind. */
  done: Record<FollowUpKind, number>;
  /** Follow-ups still open that were due that week. */
  open: number;
  total: number;
}

/** Follow-ups per week of `weeks`: the contacts logged by kind, and the ones still open. */
export function followUpsPerWeek(counts: readonly FollowUpWeekCount[], weeks: readonly string[]): WeekOfFollowUps[] {
  const byWeek = new Map(weeks.map((week) => [week, { week, done: zeroes(FOLLOW_UP_KINDS), open: 0, total: 0 }]));
  for (const count of counts) {
    const week = byWeek.get(count.week);
    if (!week || count.followUps <= 0) continue;
    if (count.status === 'done') {
      week.done[count.kind] += count.followUps;
      week.total += count.followUps;
    } else if (count.status === 'open') week.open += count.followUps;
  }
  return [...byWeek.values()];
}

export interface AdvisorActivity {
  ownerId: string;
  name: string;
  /** Contacts logged in the period, by kind. */
  done: Record<FollowUpKind, number>;
  doneTotal: number;
  /** Follow-ups due in the period and still open. */
  open: number;
  cancelled: number;
}

/** The period's follow-ups per advisor, the busiest first (ties by name). */
export function activityByAdvisor(counts: readonly FollowUpWeekCount[]): AdvisorActivity[] {
  const byOwner = new Map<string, AdvisorActivity>();
  for (const count of counts) {
    if (count.followUps <= 0) continue;
    const advisor = byOwner.get(count.ownerId) ?? {
      ownerId: count.ownerId,
      name: count.ownerName,
      done: zeroes(FOLLOW_UP_KINDS),
      doneTotal: 0,
      open: 0,
      cancelled: 0,
    };
    if (count.status === 'done') {
      advisor.done[count.kind] += count.followUps;
      advisor.doneTotal += count.followUps;
    } else if (count.status === 'open') advisor.open += count.followUps;
    else advisor.cancelled += count.followUps;
    byOwner.set(count.ownerId, advisor);
  }
  return [...byOwner.values()].sort((a, b) => b.doneTotal - a.doneTotal || a.name.localeCompare(b.name));
}

/** The digital-score bands from low to high, then "no score yet" (-1). */
const SCORE_BANDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1] as const;

/** The members per score band, every band present. */
export function scoreDistribution(counts: readonly ScoreBandCount[]): Array<{ band: number; businesses: number }> {
  const byBand = new Map<number, number>();
  for (const count of counts) if (count.businesses > 0) byBand.set(count.scoreBand, (byBand.get(count.scoreBand) ?? 0) + count.businesses);
  return SCORE_BANDS.map((band) => ({ band, businesses: byBand.get(band) ?? 0 }));
}

/** How a score moved since the first assessment, in the database's bands. */
export const CHANGE_BANDS = [-1, 0, 1, 2, 3] as const;
export type ChangeBand = (typeof CHANGE_BANDS)[number];

export interface ScoreProgress {
  coached: boolean;
  members: number;
  /** The mean change in points, one decimal; null without members. */
  meanChange: number | null;
  byBand: Record<ChangeBand, number>;
}

/** The score change since the first assessment for coached members and for those not yet coached. */
export function scoreProgress(counts: readonly ScoreChangeCount[]): ScoreProgress[] {
  return [true, false].map((coached) => {
    const byBand = { '-1': 0, '0': 0, '1': 0, '2': 0, '3': 0 } as Record<ChangeBand, number>;
    let members = 0;
    let points = 0;
    for (const count of counts) {
      if (count.coached !== coached || count.businesses <= 0) continue;
      byBand[count.changeBand as ChangeBand] += count.businesses;
      members += count.businesses;
      points += count.changeSum;
    }
    return { coached, members, meanChange: members ? Math.round((points / members) * 10) / 10 : null, byBand };
  });
}

/** A change in points as people write it: "+4,3", "0", "−2" (in the page's language). */
export function signedPoints(value: number, locale: string): string {
  const number = Math.abs(value).toLocaleString(locale, { maximumFractionDigits: 1 });
  return value > 0 ? `+${number}` : value < 0 ? `−${number}` : number;
}
