import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { seedDemoData } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { businesses } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { exportSql, openExport, type ExportRequest } from '@/lib/member-export/dal/exports';
import { SORT_IDS } from '@/lib/triage/query';
import { DEFAULT_QUERY } from '@/lib/triage/query';
import { createTestDatabase, viewerByEmail, type TestDatabase } from './test-database';

let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;

/** The rows of the view's single ORDER BY query, as the table would show them: the reference order. */
async function wholeList(request: ExportRequest): Promise<string[]> {
  const { sql: text, params } = exportSql(db(), staff, request, 'nl');
  const client = (db() as unknown as { $client: { query(text: string, params: unknown[]): Promise<{ rows: Array<{ enterprise_number: string }> }> } }).$client;
  return (await client.query(text, params)).rows.map((row) => row.enterprise_number);
}

async function paged(request: ExportRequest, batchSize: number): Promise<string[]> {
  const { batches } = await openExport(db(), staff, request, 'nl', undefined, { batchSize });
  const numbers: string[] = [];
  for (let next = await batches.next(); !next.done; next = await batches.next())
    numbers.push(...(next.value as Array<{ enterprise_number: string }>).map((row) => row.enterprise_number));
  return numbers;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(db());
  await seedDemoData(db());
  staff = await viewerByEmail(db(), 'staff@kantelpunt.demo');
  // Ties and empty values in every sort column, across batch boundaries: a third of the members
  // share one value per column (timestamps a microsecond apart, which a JavaScript Date would
  // merge), and every seventh has none where the column allows it.
  const ids = (await db().select({ id: businesses.id }).from(businesses)).map((row) => row.id);
  const third = ids.filter((_, i) => i % 3 === 0);
  const seventh = ids.filter((_, i) => i % 7 === 0);
  await db()
    .update(businesses)
    .set({
      locality: 'Hasselt',
      digitalScore: 50,
      revenueChangePct: -10,
      coachingPriority: 70,
      channelsInUseCount: 3,
      lastContactAt: sql`timestamptz '2026-03-01 10:00:00.123456+00' + (${businesses.coachingPriority} % 2) * interval '1 microsecond'`,
      nextFollowUpAt: sql`timestamptz '2026-04-01 10:00:00.5+00'`,
      updatedAt: sql`timestamptz '2026-02-01 09:00:00.000001+00'`,
    })
    .where(inArray(businesses.id, third));
  await db()
    .update(businesses)
    .set({
      locality: null,
      province: null,
      naceCode: null,
      digitalScore: null,
      revenueChangePct: null,
      assignedAdvisorId: null,
      lastContactAt: null,
      nextFollowUpAt: null,
    })
    .where(inArray(businesses.id, seventh));
}, 120_000);
afterAll(async () => {
  await database?.destroy();
});

describe('an export read page by page', () => {
  // Batches of 7 over ~330 members: about 50 boundaries per order, many inside runs of equal values.
  for (const sort of SORT_IDS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`writes every member exactly once, in the table's order, sorted by ${sort} ${dir}`, async () => {
        const request: ExportRequest = { format: 'csv', purpose: 'Keyset', query: { ...DEFAULT_QUERY, sort, dir }, ids: [] };
        const expected = await wholeList(request);
        expect(expected.length).toBeGreaterThan(300);
        const numbers = await paged(request, 7);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers).toEqual(expected);
      });
    }
  }

  it('keeps the view’s filters on every page', async () => {
    const request: ExportRequest = {
      format: 'csv',
      purpose: 'Keyset',
      query: { ...DEFAULT_QUERY, provinces: ['BE-VLI', 'BE-VAN'], sort: 'locality', dir: 'desc' },
      ids: [],
    };
    const expected = await wholeList(request);
    expect(expected.length).toBeGreaterThan(10);
    expect(await paged(request, 4)).toEqual(expected);
  });
});
