import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { businesses, users } from '@/db/schema';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import type { Viewer } from '@/lib/dal/load-viewer';
import { estimateRows, inlineParams, listTriage, triageQueries } from '@/lib/dal/triage';
import { parseTriageQuery } from '@/lib/triage/query';
import { createTestDatabase, viewerByEmail, type TestDatabase } from './test-database';

/**
 * The triage total beyond EXACT_COUNT_LIMIT is the planner's estimate of a query whose parameters
 * are written into the SQL as literals (EXPLAIN takes none). These tests run that branch on a
 * small database, and the literals on a real one, with the characters that break quoting.
 */
let database: TestDatabase;
const db = () => database.handle.db;
let staff: Viewer;

// Names a search must find exactly: quotes, backslashes and LIKE's own wildcards.
const AWKWARD_NAMES = ["Frituur O'Brien\\", 'Bakkerij 100% Boter', 'Slagerij de_Hoek', "Café 'T Hoekske \\' or 1=1 --", 'Drukkerij "Het Anker"'];
const PLAIN_NAMES = ['Frituur OBrien', 'Bakkerij 1000 Boter', 'Slagerij deXHoek', 'Drukkerij Het Anker'];

beforeAll(async () => {
  database = await createTestDatabase();
  await db().insert(users).values({ email: 'staff@estimate.test', name: 'Staff', role: 'staff', status: 'active' });
  staff = await viewerByEmail(db(), 'staff@estimate.test');
  const names = [...AWKWARD_NAMES, ...PLAIN_NAMES];
  await db()
    .insert(businesses)
    .values(
      names.map((name, i) => ({
        name,
        enterpriseNumber: enterpriseNumberFrom(`0${String(4000000 + i)}`),
        postcode: '9000',
        locality: 'Gent',
        province: 'BE-VOV' as const,
      })),
    );
  await db().execute(sql`analyze businesses`);
});
afterAll(async () => {
  await database?.destroy();
});

const firstValue = (result: unknown) => (result as { rows: Array<{ v: unknown }> }).rows[0]!.v;

/** Runs `select <value inlined as a literal>` and gives back what the database read. */
async function roundTrip(value: unknown, cast: string): Promise<unknown> {
  return firstValue(await db().execute(sql.raw(inlineParams(`select $1::${cast} as v`, [value]))));
}

describe('the literals of the estimated query', () => {
  it.each([["O'Brien\\"], ["\\'; drop table businesses; --"], ["''"], ['\\\\'], ['$1 and $2'], ['"quoted", {braced}'], ['Ça va, één']])(
    'reads back the text %j exactly',
    async (text) => {
      expect(await roundTrip(text, 'text')).toBe(text);
    },
  );

  it('reads back arrays with quotes, backslashes, commas, braces and nulls exactly', async () => {
    const values = ["O'Brien\\", 'a "b", c', '{x}', 'NULL', null, ''];
    expect(await roundTrip(values, 'text[]')).toEqual(values);
  });

  it('reads back dates as the same instant, and numbers and booleans as themselves', async () => {
    // 02:30 on the night summer time starts in Brussels: the instant, not a wall-clock reading.
    const instant = new Date('2026-03-29T00:30:00.000Z');
    const seconds = firstValue(await db().execute(sql.raw(inlineParams('select extract(epoch from $1::timestamptz)::float8 as v', [instant]))));
    expect(seconds).toBe(instant.getTime() / 1000);
    expect(await roundTrip(-12.5, 'numeric')).toBe('-12.5');
    expect(await roundTrip(true, 'boolean')).toBe(true);
    expect(await roundTrip(null, 'text')).toBeNull();
  });

  it('estimates a search for every awkward name without an error, the table intact', async () => {
    for (const name of AWKWARD_NAMES) {
      const { matching } = triageQueries(db(), staff, parseTriageQuery({ q: name }).query);
      expect(await estimateRows(db(), matching()), name).toBeGreaterThanOrEqual(1);
    }
    expect(await db().$count(businesses)).toBe(AWKWARD_NAMES.length + PLAIN_NAMES.length);
  });
});

describe('the estimated total', () => {
  const view = (params: Record<string, string>) => parseTriageQuery({ sort: 'name', dir: 'asc', ...params }).query;

  it('is used above the limit: rows as counted exactly, the total the planner estimate', async () => {
    const exact = await listTriage(db(), staff, view({}));
    expect(exact).toMatchObject({ total: AWKWARD_NAMES.length + PLAIN_NAMES.length, estimated: false });
    const estimated = await listTriage(db(), staff, view({}), { exactCountLimit: 0 });
    expect(estimated.estimated).toBe(true);
    expect(estimated.rows).toEqual(exact.rows);
    // Just analysed, the planner knows the table's size.
    expect(estimated.total).toBe(AWKWARD_NAMES.length + PLAIN_NAMES.length);
  });

  it.each(AWKWARD_NAMES)('finds exactly %j by its name, on both branches', async (name) => {
    for (const exactCountLimit of [0, 1_000]) {
      const found = await listTriage(db(), staff, view({ q: name }), { exactCountLimit });
      expect(
        found.rows.map((r) => r.name),
        `limit ${exactCountLimit}`,
      ).toEqual([name]);
    }
  });
});
