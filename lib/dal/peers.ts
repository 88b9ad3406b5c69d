import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { Business } from '@/db/schema';
import { CHANNELS, type Channel } from '@/lib/domain/channels';
import { DIMENSIONS, type DimensionScores } from '@/lib/domain/digital-score';

/** Never compare with fewer businesses than this: a smaller group could identify someone. */
export const MIN_PEERS = 5;

export interface PeerComparison {
  /** division: same NACE division; section: same NACE section; all: every business with a score. */
  group: 'division' | 'section' | 'all';
  groupCode: string | null;
  size: number;
  overall: number;
  dimensions: DimensionScores;
  /** Share of peers (0…1) with each channel in use. */
  adoption: Record<Channel, number>;
}

async function statsFor(db: Database, businessId: string, condition: SQL): Promise<Omit<PeerComparison, 'group' | 'groupCode'> | null> {
  const dimensionAverages = DIMENSIONS.map((d) => sql`avg((digital_dimensions ->> ${d})::numeric) as ${sql.identifier(`d_${d}`)}`);
  const adoption = CHANNELS.map((c) => sql`avg(case when ${c}::channel = any(channels_in_use) then 1.0 else 0 end) as ${sql.identifier(`c_${c}`)}`);
  const result = await db.execute(sql`
    select count(*)::int as size, avg(digital_score) as overall, ${sql.join([...dimensionAverages, ...adoption], sql`, `)}
    from businesses
    where id <> ${businessId} and digital_score is not null and ${condition}`);
  const row = (result as unknown as { rows: Record<string, string | number | null>[] }).rows[0];
  if (!row || Number(row.size) < MIN_PEERS) return null;
  return {
    size: Number(row.size),
    overall: Math.round(Number(row.overall)),
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(Number(row[`d_${d}`] ?? 0))])) as DimensionScores,
    adoption: Object.fromEntries(CHANNELS.map((c) => [c, Number(row[`c_${c}`] ?? 0)])) as Record<Channel, number>,
  };
}

/**
 * Compares a business with its sector: the same NACE division when at least MIN_PEERS others have
 * a score, else the same section, else all businesses; null when even that is too small.
 * Only averages leave this function, never a peer's own figures.
 */
export async function peerComparison(db: Database, business: Pick<Business, 'id' | 'naceCode' | 'naceVersion'>): Promise<PeerComparison | null> {
  const division = business.naceCode?.slice(0, 2);
  if (division) {
    const stats = await statsFor(db, business.id, sql`substring(nace_code from 1 for 2) = ${division}`);
    if (stats) return { group: 'division', groupCode: division, ...stats };
    const sectionRows = await db.execute(
      sql`select parent_code as section from nace_codes where code = ${division} and version = ${business.naceVersion ?? ''} and level = 'division' limit 1`,
    );
    const section = (sectionRows as unknown as { rows: { section: string | null }[] }).rows[0]?.section;
    if (section) {
      const stats = await statsFor(
        db,
        business.id,
        sql`substring(nace_code from 1 for 2) in (select code from nace_codes where parent_code = ${section} and level = 'division' and version = ${business.naceVersion ?? ''})`,
      );
      if (stats) return { group: 'section', groupCode: section, ...stats };
    }
  }
  const stats = await statsFor(db, business.id, sql`true`);
  return stats ? { group: 'all', groupCode: null, ...stats } : null;
}
