import { brusselsDay, startOfBrusselsDay } from './brussels-time';

export const QUEUE_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

/**
 * Where an open follow-up sits in an advisor's queue, by Brussels calendar days: before today is
 * overdue, today is today (even when its hour has passed), up to Sunday is this week, after that later.
 */
export function queueBucket(dueAt: Date, now: Date): QueueBucket {
  const today = brusselsDay(now);
  const due = brusselsDay(dueAt);
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return dueAt < endOfBrusselsWeek(now) ? 'week' : 'later';
}

/** Monday 00:00 after the week (Monday to Sunday) that holds `now`, in Brussels. */
export function endOfBrusselsWeek(now: Date): Date {
  const weekday = new Date(`${brusselsDay(now)}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return startOfBrusselsDay(now, weekday === 0 ? 1 : 8 - weekday);
}
