import type { Database } from '@/db/client';
import type { Viewer } from '@/lib/dal/load-viewer';
import { channelStatusCounts, classCounts, compactProgrammeCounts } from '@/lib/dal/programme-counts';
import { classChangesByMonth, followUpsByWeek, overdueFollowUps, scoreBandCounts, scoreChanges, tippedToWinner } from '@/lib/dal/programme-history';
import { defaultFrom, monthOf, periodStart } from '@/lib/programme/periods';
import { percentile } from './stats';

const RUNS = 100;

/**
 * The programme dashboard's queries against the counts the database keeps (issue 16: p95 ≤ 50 ms
 * at 1,000,000 businesses), for staff (every province), an advisor (one region) and a sector
 * filter, after the counts were folded as the minute's sweep does. Beside them, for scale, the
 * same class × province figure counted from the businesses themselves, what the counts spare.
 */
export async function measureProgrammeQueries(db: Database, staff: Viewer, advisor: Viewer, size: number) {
  await compactProgrammeCounts(db);
  const from = defaultFrom(new Date());
  const since = periodStart(from);
  const queries: Array<[string, () => Promise<unknown>]> = [
    ['classes, staff (all provinces)', () => classCounts(db, staff)],
    ['classes, advisor (one region)', () => classCounts(db, advisor)],
    ['classes, staff, retail (NACE 47)', () => classCounts(db, staff, { division: '47' })],
    ['channel statuses, staff', () => channelStatusCounts(db, staff)],
    ['channel statuses, advisor, retail', () => channelStatusCounts(db, advisor, { division: '47' })],
    ['class changes per month, staff, 12 months', () => classChangesByMonth(db, staff, {}, monthOf(from))],
    ['class changes per month, advisor', () => classChangesByMonth(db, advisor, {}, monthOf(from))],
    ['tipped to winner (10 newest), staff', () => tippedToWinner(db, staff, {}, since, 10)],
    ['tipped to winner (10 newest), advisor', () => tippedToWinner(db, advisor, {}, since, 10)],
    ['score bands, staff', () => scoreBandCounts(db, staff, {})],
    ['score change coached / not, staff', () => scoreChanges(db, staff, {})],
    ['follow-ups per week, staff, 12 months', () => followUpsByWeek(db, staff, {}, from)],
    ['follow-ups per week, advisor, 12 months', () => followUpsByWeek(db, advisor, {}, from)],
    ['overdue follow-ups, staff', () => overdueFollowUps(db, staff, {})],
    ['overdue follow-ups, advisor', () => overdueFollowUps(db, advisor, {})],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, run] of queries) {
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    rows.push({ size, query: name, 'p50 ms': +percentile(times, 50).toFixed(1), 'p95 ms': +percentile(times, 95).toFixed(1), 'target p95 ms': 50 });
  }
  return rows;
}
