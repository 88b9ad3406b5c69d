import { describe, expect, it } from 'vitest';
import { and, eq, gte, isNotNull, sql } from 'drizzle-orm';
import { businesses, quickScanCounts, quickScans } from '@/db/schema';
import { quickScanFunnel } from '@/lib/dal/quick-scan-funnel';
import { SCAN_LIFETIME_MS } from '@/lib/dal/quick-scan';
import { brusselsDay } from '@/lib/domain/brussels-time';
import { periodFrom } from '@/lib/programme/history-figures';
import { periodStart } from '@/lib/programme/periods';
import { seedDemoData } from '@/lib/seed/demo';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

/** Where the programme page starts its period when no filter is set. */
const defaultSince = () => periodStart(periodFrom({}, new Date()));

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db().execute(query)) as unknown as { rows: T[] }).rows;
}

describe("the demo's quick scan funnel", () => {
  it('shows staff more scans than saved ones, and more saved than coached, over the default period', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const funnel = await quickScanFunnel(db(), staff, {}, defaultSince());
    expect(funnel.coached).toBeGreaterThan(0);
    expect(funnel.registrations).toBeGreaterThan(funnel.coached);
    expect(funnel.scans).toBeGreaterThan(funnel.registrations);
    // The scan went live inside the default period: a longer one shows the same funnel.
    expect(await quickScanFunnel(db(), staff, {}, new Date('2020-01-01T00:00:00Z'))).toEqual(funnel);
  });

  it('counts for a Limburg advisor only the Limburg members, and every scan (a scan has no province)', async () => {
    const since = defaultSince();
    const staff = await viewerFor('staff@kantelpunt.demo');
    const limburg = await viewerFor('adviseur.limburg@kantelpunt.demo');
    const all = await quickScanFunnel(db(), staff, {}, since);
    const mine = await quickScanFunnel(db(), limburg, {}, since);
    const fromScanInLimburg = and(eq(businesses.province, 'BE-VLI'), isNotNull(businesses.quickScanAt), gte(businesses.quickScanAt, since));
    expect(mine).toEqual({
      scans: all.scans,
      registrations: await db().$count(businesses, fromScanInLimburg),
      coached: await db().$count(businesses, and(fromScanInLimburg, isNotNull(businesses.lastContactAt))),
    });
    expect(mine.coached).toBeGreaterThan(0);
    expect(mine.registrations).toBeGreaterThan(mine.coached);
    expect(mine.registrations).toBeLessThan(all.registrations);
    // Staff filtering on Limburg see what the advisor sees; the advisor asking for another province sees none.
    expect(await quickScanFunnel(db(), staff, { province: 'BE-VLI' }, since)).toEqual(mine);
    expect((await quickScanFunnel(db(), limburg, { province: 'BE-VAN' }, since)).registrations).toBe(0);
  });

  it('marks scan-born members as a claim does: scanned within the scan’s week before the business and its first assessment', async () => {
    const misplaced = await rows<{ name: string }>(sql`
      select b.name from businesses b
      where b.quick_scan_at is not null
        and (b.quick_scan_at >= b.created_at
          or b.created_at - b.quick_scan_at >= ${`${SCAN_LIFETIME_MS / 1000} seconds`}::interval
          or b.channels_updated_at < b.created_at
          or exists (select 1 from business_snapshots s where s.business_id = b.id and s.created_at < b.quick_scan_at))`);
    expect(misplaced).toEqual([]);
    // The featured members' stories have no scan.
    expect(await db().$count(businesses, and(isNotNull(businesses.ownerId), isNotNull(businesses.quickScanAt)))).toBe(0);
  });

  it('counted every claimed scan on its Brussels day, up to yesterday, and keeps no live scan', async () => {
    const undercounted = await rows<{ day: string }>(sql`
      select c.day::text from (
        select (quick_scan_at at time zone 'Europe/Brussels')::date as day, count(*)::int as claimed
        from businesses where quick_scan_at is not null group by 1) c
      left join quick_scan_counts q on q.day = c.day
      where coalesce(q.scans, 0) < c.claimed`);
    expect(undercounted).toEqual([]);
    const [latest] = await rows<{ day: string }>(sql`select max(day)::text as day from quick_scan_counts`);
    expect(latest!.day < brusselsDay(new Date())).toBe(true);
    expect(await db().$count(quickScans)).toBe(0);
  });

  it('loads once: seeding again adds no scans and marks no more members', async () => {
    const scans = async () => (await rows<{ n: number }>(sql`select sum(scans)::int as n from ${quickScanCounts}`))[0]!.n;
    const before = { scans: await scans(), members: await db().$count(businesses, isNotNull(businesses.quickScanAt)) };
    await seedDemoData(db());
    expect({ scans: await scans(), members: await db().$count(businesses, isNotNull(businesses.quickScanAt)) }).toEqual(before);
  });
});
