import 'server-only';
import { createHash } from 'node:crypto';
import { and, count, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, channelStatuses, quickScanCounts, quickScans, type Business } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { brusselsDay } from '@/lib/domain/brussels-time';
import { CHANNELS, type Channel, type ChannelStatus, type EmployeeBand } from '@/lib/domain/channels';
import { channelSummary } from '@/lib/domain/channel-summary';
import { digitalScore, type DigitalScore } from '@/lib/domain/digital-score';
import { classify, type Classification } from '@/lib/domain/classification';
import { recommendNextSteps, type Recommendation } from '@/lib/domain/recommendations';
import { requireRole } from './access';
import { loadSectorTable } from './classification';
import { peerComparison, type PeerComparison } from './peers';
import type { Viewer } from './load-viewer';

/** How long a visitor may bring a scan into a new account. */
export const SCAN_LIFETIME_MS = 7 * 24 * 60 * 60_000;
/** Scans one address may take per hour: enough for a family business trying twice, too few to fill the table. */
export const SCANS_PER_HOUR = 20;

export interface QuickScanInput {
  submissionKey: string;
  naceCode: string;
  naceVersion: string;
  employeesBand: EmployeeBand;
  revenueChangePct: number | null;
  statuses: Record<Channel, ChannelStatus>;
}

export type QuickScan = typeof quickScans.$inferSelect;

/** The address is kept only as a salted hash, for the rate limit: the scan holds no personal data. */
export function addressHash(ip: string, secret: string): string {
  return createHash('sha256').update(`quick-scan:${secret}:${ip}`).digest('hex');
}

export type CreateScanResult = { ok: true; token: string } | { ok: false; problem: 'rate_limited' | 'already_sent' };

/**
 * Keeps a quick scan for SCAN_LIFETIME_MS and returns its claim token, which only the visitor
 * holds (the table keeps its hash). The same form sent twice makes one scan ('already_sent'); the
 * day's count goes up in the same transaction, so the funnel counts every scan once, and keeps
 * counting after the scan itself is deleted.
 */
export async function createQuickScan(db: Database, input: QuickScanInput, ipHash: string, now = new Date()): Promise<CreateScanResult> {
  return db.transaction(async (tx) => {
    // One address at a time, so a burst of parallel posts cannot pass the limit together.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kantelpunt:quick-scan:${ipHash}`}, 0))`);
    const [recent] = await tx
      .select({ scans: count() })
      .from(quickScans)
      .where(and(eq(quickScans.ipHash, ipHash), gt(quickScans.createdAt, new Date(now.getTime() - 60 * 60_000))));
    if ((recent?.scans ?? 0) >= SCANS_PER_HOUR) return { ok: false as const, problem: 'rate_limited' as const };
    const { token, hash } = newToken();
    const [created] = await tx
      .insert(quickScans)
      .values({
        tokenHash: hash,
        submissionKey: input.submissionKey,
        ipHash,
        naceCode: input.naceCode,
        naceVersion: input.naceVersion,
        employeesBand: input.employeesBand,
        revenueChangePct: input.revenueChangePct,
        statuses: input.statuses,
        digitalScore: digitalScore(input.statuses).overall,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SCAN_LIFETIME_MS),
      })
      .onConflictDoNothing({ target: quickScans.submissionKey })
      .returning({ id: quickScans.id });
    if (!created) return { ok: false as const, problem: 'already_sent' as const };
    await tx
      .insert(quickScanCounts)
      .values({ day: brusselsDay(now), scans: 1 })
      .onConflictDoUpdate({ target: quickScanCounts.day, set: { scans: sql`${quickScanCounts.scans} + 1` } });
    return { ok: true as const, token };
  });
}

/** The scan a claim token stands for, while it is neither expired nor brought into an account. */
export async function openQuickScan(db: Database, token: string, now = new Date()): Promise<QuickScan | null> {
  const [scan] = await db
    .select()
    .from(quickScans)
    .where(and(eq(quickScans.tokenHash, hashToken(token)), isNull(quickScans.claimedAt), gt(quickScans.expiresAt, now)));
  return scan ?? null;
}

export type ClaimProblem = 'invalid' | 'expired' | 'used';

/** Why a claim token cannot be used (null when it can), told before anything is written. */
export async function claimProblem(db: Pick<Database, 'select'>, token: string, now = new Date()): Promise<ClaimProblem | null> {
  const [scan] = await db
    .select({ claimedAt: quickScans.claimedAt, expiresAt: quickScans.expiresAt })
    .from(quickScans)
    .where(eq(quickScans.tokenHash, hashToken(token)));
  if (!scan) return 'invalid';
  if (scan.claimedAt) return 'used';
  return scan.expiresAt <= now ? 'expired' : null;
}

/** What a registration tells the visitor of the scan they brought: it comes along, or why not. */
export type ScanOutcome = 'carried' | ClaimProblem;

/**
 * Brings a scan into a new account, inside the registration's transaction, and says whether it
 * did. The update names the scan as still open, so two registrations with one token claim it
 * once. Why a claim failed is read after it, in the same transaction: a check made before the
 * claim can be overtaken by another registration taking the scan in between.
 *
 * `userId` null: a registration with an address that already has an account. The scan goes into
 * no account but is used up all the same, so the answer and what the token does afterwards
 * ('used') cannot tell a known address from a new one.
 */
export async function claimQuickScan(tx: Pick<Database, 'update' | 'select'>, token: string, userId: string | null, now = new Date()): Promise<ScanOutcome> {
  const claimed = await tx
    .update(quickScans)
    .set({ claimedBy: userId, claimedAt: now })
    .where(and(eq(quickScans.tokenHash, hashToken(token)), isNull(quickScans.claimedAt), gt(quickScans.expiresAt, now)))
    .returning({ id: quickScans.id });
  if (claimed.length > 0) return 'carried';
  // The claim failed, so the scan is not carried whatever the row says by now.
  return (await claimProblem(tx, token, now)) ?? 'used';
}

/** The scan the signed-in member brought along and has not yet turned into a business. */
export async function ownClaimedScan(db: Database, viewer: Viewer | null): Promise<QuickScan | null> {
  const member = requireRole(viewer, ['member']);
  return claimedScanOf(db, member.id);
}

async function claimedScanOf(db: Pick<Database, 'select'>, userId: string): Promise<QuickScan | null> {
  const [scan] = await db
    .select()
    .from(quickScans)
    .where(eq(quickScans.claimedBy, userId))
    .orderBy(sql`${quickScans.claimedAt} desc`)
    .limit(1);
  return scan ?? null;
}

/**
 * On the member's first profile save: the claimed scan's channels become the business's first
 * assessment, so nothing is typed twice. The scan itself is deleted; the business keeps when it
 * was taken (for the funnel). Returns the business as it is after, or null when no scan waited.
 */
export async function applyClaimedScan(
  tx: Pick<Database, 'select' | 'update' | 'insert' | 'delete'>,
  memberId: string,
  business: Business,
): Promise<Business | null> {
  const scan = await claimedScanOf(tx, memberId);
  if (!scan) return null;
  const statuses = Object.fromEntries(CHANNELS.map((c) => [c, (scan.statuses[c] as ChannelStatus | undefined) ?? 'unaware'])) as Record<Channel, ChannelStatus>;
  await tx
    .insert(channelStatuses)
    .values(CHANNELS.map((channel) => ({ businessId: business.id, channel, status: statuses[channel] })))
    .onConflictDoUpdate({ target: [channelStatuses.businessId, channelStatuses.channel], set: { status: sql`excluded.status`, updatedAt: new Date() } });
  const [updated] = await tx
    .update(businesses)
    .set({ ...channelSummary(statuses), quickScanAt: scan.createdAt, channelsUpdatedAt: new Date() })
    .where(eq(businesses.id, business.id))
    .returning();
  await tx.delete(quickScans).where(eq(quickScans.claimedBy, memberId));
  await recordAudit(tx, {
    actorId: memberId,
    actorRole: 'member',
    action: 'quick_scan.applied',
    entityType: 'business',
    entityId: business.id,
    details: { score: scan.digitalScore },
  });
  return updated ?? null;
}

/**
 * Deletes the scans whose time ran out and that no account holds: never claimed, or used up by a
 * registration with a known address. Claimed ones live on until the member's first profile save.
 * Any instance may run it.
 */
export async function deleteExpiredScans(db: Database, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(quickScans)
    .where(and(lte(quickScans.expiresAt, now), isNull(quickScans.claimedBy)))
    .returning({ id: quickScans.id });
  return deleted.length;
}

export interface QuickScanResult {
  score: DigitalScore;
  peers: PeerComparison | null;
  classification: Classification;
  recommendations: Recommendation[];
}

/** A business that does not exist: the peer averages then leave out nobody. */
const NO_BUSINESS = '00000000-0000-0000-0000-000000000000';

/**
 * What a scan tells its taker, computed the way a member's own page computes it: the score, the
 * sector's peers (the same groups and the same minimum), the crisis class with its reasons, and
 * three next steps. Nothing of it is stored.
 */
export async function quickScanResult(
  db: Database,
  scan: Pick<QuickScan, 'naceCode' | 'naceVersion' | 'revenueChangePct' | 'statuses'>,
): Promise<QuickScanResult> {
  const statuses = scan.statuses as Partial<Record<Channel, ChannelStatus>>;
  const score = digitalScore(statuses);
  const [peers, sectorTable] = await Promise.all([
    peerComparison(db, { id: NO_BUSINESS, naceCode: scan.naceCode, naceVersion: scan.naceVersion }),
    loadSectorTable(db),
  ]);
  const classification = classify({ naceCode: scan.naceCode, revenueChangePct: scan.revenueChangePct, digitalScore: score.overall }, sectorTable);
  const recommendations = recommendNextSteps(statuses, [], score.dimensions, peers?.adoption ?? null);
  return { score, peers, classification, recommendations };
}
