import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { businessCounts, businesses, channelCounts } from '@/db/schema';
import type { CrisisClass } from '@/lib/domain/classification';
import type { Channel, ChannelStatus } from '@/lib/domain/channels';
import type { Province } from '@/lib/domain/provinces';
import { requireRole } from './access';
import { MIN_PEERS } from './peers';
import type { Viewer } from './load-viewer';

/** What the programme figures are narrowed to, besides the viewer's scope: one province, one NACE division. */
export interface CountsFilter {
  province?: Province;
  /** Two digits, e.g. '47' for retail. */
  division?: string;
}

/** A counts table's key columns for the scope and the filters. */
interface CountsKey {
  province: AnyPgColumn;
  division: AnyPgColumn;
}

/**
 * The viewer's scope on a counts table: staff everything, an advisor their provinces (none: nothing).
 * The counts are kept per province, so this is the same rule as lib/dal/business-scope.ts.
 */
export function countsScope(table: CountsKey, viewer: Viewer, filter: CountsFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (viewer.role === 'advisor') conditions.push(viewer.regions.length > 0 ? inArray(table.province, viewer.regions) : sql`false`);
  if (filter.province) conditions.push(eq(table.province, filter.province));
  if (filter.division) conditions.push(eq(table.division, filter.division));
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * The scope on a counts table that also keeps its sum over all divisions as division '*'
 * (class changes, follow-ups, open follow-ups' due days): one sector's rows when a sector is
 * chosen, else the '*' rows, never both (they would count twice).
 */
export function rolledScope(table: CountsKey, viewer: Viewer, filter: CountsFilter): SQL | undefined {
  return and(countsScope(table, viewer, filter), filter.division ? undefined : eq(table.division, '*'));
}

export interface ClassCount {
  /** '' when the business has no province. */
  province: string;
  /** '' when the business has no sector. */
  division: string;
  effectiveClass: CrisisClass;
  businesses: number;
}

/**
 * The businesses in the viewer's scope by province, NACE division and class in force, from the
 * counts the database keeps (migration 0010): a few hundred rows to add up, whatever the size
 * of the membership. Keys whose businesses all left are not returned.
 */
export async function classCounts(db: Database, viewer: Viewer | null, filter: CountsFilter = {}): Promise<ClassCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const businesses = sql<number>`sum(${businessCounts.businesses})::int`;
  return db
    .select({ province: businessCounts.province, division: businessCounts.division, effectiveClass: businessCounts.effectiveClass, businesses })
    .from(businessCounts)
    .where(countsScope(businessCounts, scoped, filter))
    .groupBy(businessCounts.province, businessCounts.division, businessCounts.effectiveClass)
    .having(sql`sum(${businessCounts.businesses}) <> 0`);
}

export interface ChannelCount {
  channel: Channel;
  status: ChannelStatus;
  businesses: number;
}

/** How many businesses in the viewer's scope gave each status for each channel (no status given: not counted here). */
export async function channelStatusCounts(db: Database, viewer: Viewer | null, filter: CountsFilter = {}): Promise<ChannelCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const businesses = sql<number>`sum(${channelCounts.businesses})::int`;
  return db
    .select({ channel: channelCounts.channel, status: channelCounts.status, businesses })
    .from(channelCounts)
    .where(countsScope(channelCounts, scoped, filter))
    .groupBy(channelCounts.channel, channelCounts.status)
    .having(sql`sum(${channelCounts.businesses}) <> 0`);
}

/**
 * Folds the counts' appended changes into one row per key (the database function
 * compact_programme_counts; at most one instance at a time). The figures are the same before and
 * after; the tables stay small. Returns false when another instance was folding.
 */
export async function compactProgrammeCounts(db: Database): Promise<boolean> {
  const result = await db.execute(sql`select compact_programme_counts() as folded`);
  return (result as unknown as { rows: Array<{ folded: boolean }> }).rows[0]?.folded ?? false;
}

/**
 * The member's own sector (NACE division, every province) and how its members use each channel,
 * for the member's home page; null without a sector, or when fewer than MIN_PEERS other businesses
 * share it (a smaller group could identify someone).
 */
export async function ownSectorAdoption(db: Database, viewer: Viewer | null): Promise<{ division: string; members: number; counts: ChannelCount[] } | null> {
  const member = requireRole(viewer, ['member']);
  const [own] = await db
    .select({ division: sql<string | null>`left(${businesses.naceCode}, 2)` })
    .from(businesses)
    .where(eq(businesses.ownerId, member.id))
    .limit(1);
  const division = own?.division;
  if (!division) return null;
  const [sector] = await db
    .select({ members: sql<number>`coalesce(sum(${businessCounts.businesses}), 0)::int` })
    .from(businessCounts)
    .where(eq(businessCounts.division, division));
  const peers = (sector?.members ?? 0) - 1;
  if (peers < MIN_PEERS) return null;
  const counts = await db
    .select({ channel: channelCounts.channel, status: channelCounts.status, businesses: sql<number>`sum(${channelCounts.businesses})::int` })
    .from(channelCounts)
    .where(eq(channelCounts.division, division))
    .groupBy(channelCounts.channel, channelCounts.status)
    .having(sql`sum(${channelCounts.businesses}) <> 0`);
  return { division, members: peers + 1, counts };
}
