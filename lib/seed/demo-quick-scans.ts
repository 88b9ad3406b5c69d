import { and, count, inArray, isNull, sql } from 'drizzle-orm';
import { pgArray } from '@/db/pg-array';
import type { Transaction } from '@/db/client';
import { businesses, quickScanCounts } from '@/db/schema';
import { SCAN_LIFETIME_MS } from '@/lib/dal/quick-scan';
import { brusselsDay, startOfBrusselsDay } from '@/lib/domain/brussels-time';
import { createRandom } from './random';

/**
 * The quick scan went live nine months ago: inside the programme page's default period (the last
 * twelve months from the first of the month), so the default view shows the whole funnel.
 */
const LIVE_DAYS = 270;
/** Of the members who joined since, the share that came in through a scan (the others through an advisor or the sign-up form). */
const SCAN_BORN_SHARE = 0.4;
const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Gives a fresh demo the quick scan's funnel (lib/dal/quick-scan-funnel): scans counted per day
 * since the scan went live, and some of the generated businesses that joined since marked as
 * scan-born, as a real claim leaves them (lib/dal/quick-scan applyClaimedScan: the scan's time on
 * the business, the channels saved when the business was made). Their contacts come from the
 * demo's past, so "coached" is what it is for every other member. No row goes into quick_scans: a
 * live scan holds a claim token that nobody would have.
 *
 * Runs after seedDemoPast, which sets when each business joined (its first assessment). Only on a
 * database without counts: once real scans were counted (or the demo's), new figures would not add up.
 */
export async function seedDemoQuickScans(tx: Transaction, created: ReadonlyArray<{ id: string }>): Promise<void> {
  if (created.length === 0) return;
  const [counted] = await tx.select({ days: count() }).from(quickScanCounts);
  if ((counted?.days ?? 0) > 0) return;

  const random = createRandom(2026_03_17);
  const now = new Date();
  const live = startOfBrusselsDay(now, -LIVE_DAYS);
  const joinedRows = await tx
    .select({ id: businesses.id, createdAt: businesses.createdAt })
    .from(businesses)
    // Not the featured members (the owned ones): the walkthroughs and tests tell their stories without a scan.
    .where(
      and(
        inArray(
          businesses.id,
          created.map((b) => b.id),
        ),
        isNull(businesses.ownerId),
      ),
    );
  const joinedById = new Map(joinedRows.map((row) => [row.id, row.createdAt]));

  const scanned: Array<{ id: string; at: Date }> = [];
  for (const business of created) {
    // Every business draws the same numbers, chosen or not, so the choice of one never shifts another's.
    const fromScan = random.chance(SCAN_BORN_SHARE);
    // Most fill in the profile in the sitting of the scan; others come back within the scan's week.
    const sameSitting = random.chance(0.65);
    const minutesBefore = sameSitting ? random.int(8, 50) : random.int(1, SCAN_LIFETIME_MS / DAY - 1) * 1440 + random.int(0, 600);
    const joined = joinedById.get(business.id);
    if (!fromScan || !joined) continue;
    const at = new Date(joined.getTime() - minutesBefore * MINUTE);
    if (at >= live) scanned.push({ id: business.id, at });
  }

  if (scanned.length > 0) {
    // The channels were saved when the business was made from the scan: never earlier.
    await tx.execute(sql`
      update ${businesses} b set quick_scan_at = s.scanned_at, channels_updated_at = greatest(b.channels_updated_at, b.created_at)
      from unnest(${pgArray(scanned.map((s) => s.id))}::uuid[], ${pgArray(scanned.map((s) => s.at.toISOString()))}::timestamptz[]) as s(id, scanned_at)
      where b.id = s.id`);
  }

  // Every claimed scan was counted on its day; the others never became an account.
  const claimedByDay = new Map<string, number>();
  for (const { at } of scanned) claimedByDay.set(brusselsDay(at), (claimedByDay.get(brusselsDay(at)) ?? 0) + 1);
  const rows: Array<{ day: string; scans: number }> = [];
  // Up to yesterday: today's count is for the demo's own visitors.
  for (let daysAgo = LIVE_DAYS; daysAgo >= 1; daysAgo--) {
    const day = brusselsDay(startOfBrusselsDay(now, -daysAgo));
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    // The federation's newsletter announced the scan: its first two weeks were busier.
    const launch = daysAgo > LIVE_DAYS - 14;
    const unclaimed = launch ? random.int(3, 9) : weekend ? random.int(0, 1) : random.int(0, 3);
    const scans = unclaimed + (claimedByDay.get(day) ?? 0);
    if (scans > 0) rows.push({ day, scans });
  }
  if (rows.length > 0) await tx.insert(quickScanCounts).values(rows).onConflictDoNothing({ target: quickScanCounts.day });
}
