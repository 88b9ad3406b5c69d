import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { applyMigrations } from '@/db/migrate';
import { seedDemoData, DEMO_BUSINESSES_PER_PROVINCE } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { DEMO_USERS, FEATURED_BUSINESSES } from '@/lib/seed/demo-people';
import { businesses, channelStatuses, naceCodes, sectorImpacts, users } from '@/db/schema';
import { PROVINCES } from '@/lib/domain/provinces';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await database.handle.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('create every table of the domain', async () => {
    const tables = await rows<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'advisor_regions',
        'audit_events',
        'auth_tokens',
        'business_snapshots',
        'businesses',
        'channel_statuses',
        'classification_history',
        'email_outbox',
        'follow_ups',
        'jobs',
        'login_attempts',
        'nace_codes',
        'saved_views',
        'sector_impacts',
        'users',
      ]),
    );
  });

  it('are recorded and not applied twice', async () => {
    await applyMigrations(database.handle);
    const applied = await rows<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
    expect(applied[0]!.count).toBeGreaterThanOrEqual(1);
    await applyMigrations(database.handle);
    const again = await rows<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
    expect(again[0]!.count).toBe(applied[0]!.count);
  });

  it('index the triage table for its filters and sorts', async () => {
    const indexes = await rows<{ indexname: string }>(sql`select indexname from pg_indexes where tablename = 'businesses'`);
    const names = indexes.map((i) => i.indexname);
    expect(names).toEqual(
      expect.arrayContaining([
        'businesses_province_priority_idx',
        'businesses_province_class_priority_idx',
        'businesses_search_trgm_idx',
        'businesses_channels_in_use_idx',
        'businesses_nace_idx',
        'businesses_advisor_idx',
      ]),
    );
  });

  it('refuse malformed enterprise numbers and out-of-range revenue changes in the database itself', async () => {
    const db = database.handle.db;
    await expect(db.insert(businesses).values({ name: 'Bad', enterpriseNumber: '2123456749' })).rejects.toThrow();
    await expect(db.insert(businesses).values({ name: 'Bad', enterpriseNumber: '0403019261', revenueChangePct: 1500 })).rejects.toThrow();
    expect(await db.$count(businesses)).toBe(0);
  });
});

describe('seeds', () => {
  it('load the reference data once and keep what staff changed', async () => {
    const db = database.handle.db;
    await seedReferenceData(db);
    const naceCount = await db.$count(naceCodes);
    expect(naceCount).toBeGreaterThan(300);
    await db.delete(sectorImpacts).where(sql`${sectorImpacts.nacePrefix} = '79'`);
    const impactCount = await db.$count(sectorImpacts);
    await seedReferenceData(db);
    expect(await db.$count(naceCodes)).toBe(naceCount);
    expect(await db.$count(sectorImpacts)).toBe(impactCount);
  });

  it('load the demo data idempotently', async () => {
    const db = database.handle.db;
    const first = await seedDemoData(db);
    const expectedBusinesses = PROVINCES.length * DEMO_BUSINESSES_PER_PROVINCE + FEATURED_BUSINESSES.length;
    expect(first).toEqual({ usersCreated: DEMO_USERS.length, businessesCreated: expectedBusinesses });

    const second = await seedDemoData(db);
    expect(second).toEqual({ usersCreated: 0, businessesCreated: 0 });
    expect(await db.$count(businesses)).toBe(expectedBusinesses);
    expect(await db.$count(users)).toBe(DEMO_USERS.length);
  });

  it('give the demo data the spread the portal needs', async () => {
    const [summary] = await rows<{ total: number; provinces: number; sectors: number; owned: number; assigned: number }>(sql`
      select count(*)::int as total, count(distinct province)::int as provinces, count(distinct nace_code)::int as sectors,
             count(owner_id)::int as owned, count(assigned_advisor_id)::int as assigned
      from businesses`);
    expect(summary!.total).toBeGreaterThanOrEqual(300);
    expect(summary!.provinces).toBe(11);
    expect(summary!.sectors).toBeGreaterThanOrEqual(25);
    expect(summary!.owned).toBe(FEATURED_BUSINESSES.length);
    expect(summary!.assigned).toBeGreaterThan(100);
    expect(await database.handle.db.$count(channelStatuses)).toBe(summary!.total * 18);

    // Every assigned advisor covers the business's province.
    const misassigned = await rows(sql`
      select b.id from businesses b
      where b.assigned_advisor_id is not null
        and not exists (select 1 from advisor_regions r where r.user_id = b.assigned_advisor_id and r.province = b.province)`);
    expect(misassigned).toEqual([]);

    const [chipShop] = await rows<{ channels_in_use: string }>(sql`select channels_in_use::text from businesses where name = 'Frituur De Gouden Friet'`);
    expect(chipShop!.channels_in_use).toContain('online_ordering');
  });

  it('classifies the demo businesses, the source-text ones as their stories tell', async () => {
    const classes = await rows<{ name: string; effective_class: string }>(
      sql`select name, effective_class from businesses where owner_id is not null order by name`,
    );
    expect(Object.fromEntries(classes.map((c) => [c.name, c.effective_class]))).toMatchObject({
      'Frituur De Gouden Friet': 'winner',
      'Praktijk Mindwijs': 'winner',
      'Boetiek Amélie': 'shifter',
      'Limtrade Export NV': 'shifter',
      'Eventbureau Feestelijk': 'structurally_hit',
      'Reisbureau Horizon': 'structurally_hit',
      'Schoonheidssalon Lotus': 'structurally_hit',
    });
    const spread = await rows<{ effective_class: string }>(sql`select distinct effective_class from businesses`);
    expect(spread.map((r) => r.effective_class).sort()).toEqual(['shifter', 'stable', 'structurally_hit', 'unknown', 'winner']);
    // Every business has its first classification; the demo's past adds the changes since, each one
    // from the class the business had and ending in the class it has now.
    const [history] = await rows<{ count: number }>(sql`select count(*)::int as count from classification_history where from_class is null`);
    expect(history!.count).toBe(await database.handle.db.$count(businesses));
    const unfinished = await rows<{ id: string }>(sql`
      select b.id from businesses b
      where b.effective_class <> (select h.to_class from classification_history h where h.business_id = b.id order by h.created_at desc, h.id desc limit 1)`);
    expect(unfinished).toEqual([]);
  });

  it('finds businesses by free text through the trigram index column', async () => {
    const found = await rows<{ name: string }>(sql`select name from businesses where search_text like ${'%hasselt%'}`);
    expect(found.map((r) => r.name)).toContain('Frituur De Gouden Friet');
  });
});
