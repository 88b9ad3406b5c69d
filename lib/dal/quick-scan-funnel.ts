import 'server-only';
import { and, count, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, quickScanCounts } from '@/db/schema';
import { brusselsDay } from '@/lib/domain/brussels-time';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { CountsFilter } from './programme-counts';
import type { Viewer } from './load-viewer';

export interface ScanFunnel {
  /** Quick scans taken since the period start, programme-wide: a scan asks no location, so it has no province. */
  scans: number;
  /** Members in scope who brought a scan taken since the period start into their account. */
  registrations: number;
  /** Of those, the ones with a contact logged by an advisor. */
  coached: number;
}

/** The quick scan's funnel: scans → registrations → coached. Counted, never identified. */
export async function quickScanFunnel(db: Database, viewer: Viewer | null, filter: CountsFilter, since: Date): Promise<ScanFunnel> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const fromScan = withinScope(
    scoped,
    and(
      isNotNull(businesses.quickScanAt),
      gte(businesses.quickScanAt, since),
      filter.province ? eq(businesses.province, filter.province) : undefined,
      filter.division ? sql`left(${businesses.naceCode}, 2) = ${filter.division}` : undefined,
    ),
  );
  const [[scans], [members]] = await Promise.all([
    db
      .select({ n: sql<number>`coalesce(sum(${quickScanCounts.scans}), 0)::int` })
      .from(quickScanCounts)
      .where(gte(quickScanCounts.day, brusselsDay(since))),
    db
      .select({ registrations: count(), coached: sql<number>`count(${businesses.lastContactAt})::int` })
      .from(businesses)
      .where(fromScan),
  ]);
  return { scans: scans?.n ?? 0, registrations: members?.registrations ?? 0, coached: members?.coached ?? 0 };
}
