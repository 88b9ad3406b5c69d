import type { Database } from '@/db/client';
import type { Viewer } from '@/lib/dal/load-viewer';
import { channelStatusCounts, classCounts, compactProgrammeCounts } from '@/lib/dal/programme-counts';
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
  const queries: Array<[string, () => Promise<unknown>]> = [
    ['classes, staff (all provinces)', () => classCounts(db, staff)],
    ['classes, advisor (one region)', () => classCounts(db, advisor)],
    ['classes, staff, retail (NACE 47)', () => classCounts(db, staff, { division: '47' })],
    ['channel statuses, staff', () => channelStatusCounts(db, staff)],
    ['channel statuses, advisor, retail', () => channelStatusCounts(db, advisor, { division: '47' })],
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
