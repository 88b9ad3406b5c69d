import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { businessSnapshots, quickScanCounts, quickScans, users } from '@/db/schema';
import type { Viewer } from '@/lib/dal/load-viewer';
import { registerMember } from '@/lib/dal/accounts';
import { getOwnProfile, saveOwnProfile, type ProfileInput } from '@/lib/dal/business-profile';
import {
  addressHash,
  claimProblem,
  createQuickScan,
  deleteExpiredScans,
  openQuickScan,
  ownClaimedScan,
  quickScanResult,
  SCANS_PER_HOUR,
  SCAN_LIFETIME_MS,
  type QuickScanInput,
} from '@/lib/dal/quick-scan';
import { quickScanFunnel } from '@/lib/dal/quick-scan-funnel';
import { AccessDenied } from '@/lib/dal/access';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { digitalScore } from '@/lib/domain/digital-score';
import { brusselsDay } from '@/lib/domain/brussels-time';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

const statuses = (inUse: Channel[], planned: Channel[] = []): Record<Channel, ChannelStatus> =>
  Object.fromEntries(CHANNELS.map((c) => [c, inUse.includes(c) ? 'in_use' : planned.includes(c) ? 'planned' : 'unaware'])) as Record<Channel, ChannelStatus>;

const scan = (overrides: Partial<QuickScanInput> = {}): QuickScanInput => ({
  submissionKey: randomUUID(),
  naceCode: '56.102',
  naceVersion: '2008',
  employeesBand: '1-4',
  revenueChangePct: -25,
  statuses: statuses(['website', 'facebook'], ['online_ordering']),
  ...overrides,
});

const ip = (n: number) => addressHash(`192.0.2.${n}`, 'test-secret');

/** A registration as the register action makes it: the answer says what became of the scan. */
const signUp = (email: string, token: string | null) =>
  registerMember(
    db(),
    { name: 'Scan Lid', email, password: 'een lange zin als wachtwoord', locale: 'nl' },
    { appUrl: 'http://t', smtpConfigured: false },
    token,
  );

async function register(email: string, token: string | null): Promise<Viewer> {
  await signUp(email, token);
  await db().update(users).set({ status: 'active' }).where(eq(users.email, email));
  return viewerFor(email);
}

const profile = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  name: 'Frituur Scan',
  enterpriseNumber: enterpriseNumberFrom('08123457'),
  naceCode: '56.102',
  naceVersion: '2008',
  postcode: '3500',
  locality: 'Hasselt',
  employeesBand: '1-4',
  revenueChangePct: -25,
  needs: [],
  contactConsent: false,
  consentWording: 'Ik ga akkoord.',
  ...overrides,
});

describe('the quick scan without an account', () => {
  it('keeps the scan for a week under a token only the visitor holds, and counts it for the day', async () => {
    const before =
      (
        await db()
          .select()
          .from(quickScanCounts)
          .where(eq(quickScanCounts.day, brusselsDay(new Date())))
      )[0]?.scans ?? 0;
    const created = await createQuickScan(db(), scan(), ip(1));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await openQuickScan(db(), created.token);
    expect(stored).toMatchObject({ naceCode: '56.102', employeesBand: '1-4', revenueChangePct: -25, claimedAt: null });
    // Only the hash is kept: the token itself is nowhere in the table.
    expect(stored!.tokenHash).not.toBe(created.token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(SCAN_LIFETIME_MS);
    expect(stored!.digitalScore).toBe(digitalScore(scan().statuses).overall);
    const after =
      (
        await db()
          .select()
          .from(quickScanCounts)
          .where(eq(quickScanCounts.day, brusselsDay(new Date())))
      )[0]?.scans ?? 0;
    expect(after).toBe(before + 1);
  });

  it('makes one scan of a form sent twice', async () => {
    const input = scan();
    const first = await createQuickScan(db(), input, ip(2));
    const second = await createQuickScan(db(), input, ip(2));
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, problem: 'already_sent' });
    expect(await db().$count(quickScans, eq(quickScans.submissionKey, input.submissionKey))).toBe(1);
  });

  it('refuses more than the hourly number of scans from one address, also when they arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: SCANS_PER_HOUR + 5 }, () => createQuickScan(db(), scan(), ip(3))));
    expect(results.filter((r) => r.ok)).toHaveLength(SCANS_PER_HOUR);
    expect(results.filter((r) => !r.ok && r.problem === 'rate_limited')).toHaveLength(5);
    // Another address is not held back.
    expect((await createQuickScan(db(), scan(), ip(4))).ok).toBe(true);
    // An hour later the address may scan again.
    expect((await createQuickScan(db(), scan(), ip(3), new Date(Date.now() + 61 * 60_000))).ok).toBe(true);
  });

  it('gives the score, the peers of the sector, the class with its reasons and three next steps', async () => {
    const result = await quickScanResult(db(), { naceCode: '56.102', naceVersion: '2008', revenueChangePct: -25, statuses: scan().statuses });
    expect(result.score).toEqual(digitalScore(scan().statuses));
    // The demo data has more than five chip shops and restaurants (division 56).
    expect(result.peers).toMatchObject({ group: 'division', groupCode: '56' });
    expect(result.peers!.size).toBeGreaterThanOrEqual(5);
    expect(result.classification.crisisClass).not.toBe('unknown');
    expect(result.classification.reasons.map((r) => r.code)).toContain('revenue_down');
    expect(result.recommendations).toHaveLength(3);
    expect(result.recommendations.map((r) => r.channel)).not.toContain('website');
  });

  it('says unknown, and why, without a revenue figure', async () => {
    const result = await quickScanResult(db(), { naceCode: '56.102', naceVersion: '2008', revenueChangePct: null, statuses: scan().statuses });
    expect(result.classification.crisisClass).toBe('unknown');
    expect(result.classification.reasons.map((r) => r.code)).toContain('revenue_missing');
  });
});

describe('bringing the scan into a new account', () => {
  it('carries the scan into the account: the first profile save makes its channels the first assessment', async () => {
    const input = scan({ revenueChangePct: -40 });
    const created = await createQuickScan(db(), input, ip(10));
    if (!created.ok) throw new Error('scan not created');
    expect(await claimProblem(db(), created.token)).toBeNull();
    const member = await register('scan-lid@example.be', created.token);
    const waiting = await ownClaimedScan(db(), member);
    expect(waiting).toMatchObject({ naceCode: '56.102', revenueChangePct: -40, claimedBy: member.id });
    // The token works once.
    expect(await claimProblem(db(), created.token)).toBe('used');
    expect(await openQuickScan(db(), created.token)).toBeNull();

    const saved = await saveOwnProfile(db(), member, profile({ revenueChangePct: -40 }), null);
    expect(saved.ok).toBe(true);
    const own = await getOwnProfile(db(), member);
    expect(own!.statuses).toMatchObject({ website: 'in_use', facebook: 'in_use', online_ordering: 'planned', webshop: 'unaware' });
    expect(own!.business.digitalScore).toBe(digitalScore(input.statuses).overall);
    expect(own!.business.quickScanAt).toBeInstanceOf(Date);
    // The first snapshot already holds the scan's score: the programme measures from the scan.
    const [first] = await db().select().from(businessSnapshots).where(eq(businessSnapshots.businessId, own!.business.id));
    expect(first!.digitalScore).toBe(digitalScore(input.statuses).overall);
    // The scan itself is gone once it became the business's assessment.
    expect(await ownClaimedScan(db(), member)).toBeNull();
    expect(await db().$count(quickScans, eq(quickScans.claimedBy, member.id))).toBe(0);
  });

  it('never carries a scan into an address that already has an account, but uses it up all the same', async () => {
    const created = await createQuickScan(db(), scan(), ip(11));
    if (!created.ok) throw new Error('scan not created');
    await register('scan-lid@example.be', created.token);
    const [scanRow] = await db()
      .select()
      .from(quickScans)
      .where(eq(quickScans.ipHash, ip(11)));
    expect(scanRow!.claimedBy).toBeNull();
    expect(scanRow!.claimedAt).toBeInstanceOf(Date);
    // Used up, it is deleted when its time runs out like a scan nobody claimed.
    expect(await deleteExpiredScans(db(), new Date(Date.now() + SCAN_LIFETIME_MS + 1000))).toBeGreaterThanOrEqual(1);
    expect(await db().$count(quickScans, eq(quickScans.ipHash, ip(11)))).toBe(0);
  });

  it('answers an address that already has an account exactly as a new one, about the scan too', async () => {
    const created = await createQuickScan(db(), scan(), ip(13));
    if (!created.ok) throw new Error('scan not created');
    const other = await createQuickScan(db(), scan(), ip(13));
    if (!other.ok) throw new Error('scan not created');
    const known = `bekend-${randomUUID()}@example.be`;
    await signUp(known, null);
    // An open scan: both are told it comes along, though only the new account gets it…
    expect(await signUp(known, created.token)).toEqual({ scan: 'carried' });
    expect(await signUp(`nieuw-${randomUUID()}@example.be`, other.token)).toEqual({ scan: 'carried' });
    // …and both tokens are used up afterwards: keeping a copy of one tells nothing either.
    for (const token of [created.token, other.token]) {
      expect(await claimProblem(db(), token)).toBe('used');
      expect(await signUp(known, token)).toEqual({ scan: 'used' });
      expect(await signUp(`nieuw-${randomUUID()}@example.be`, token)).toEqual({ scan: 'used' });
    }
    expect(await signUp(known, 'no-such-token')).toEqual({ scan: 'invalid' });
    expect(await signUp(`nieuw-${randomUUID()}@example.be`, 'no-such-token')).toEqual({ scan: 'invalid' });
    expect(await signUp(known, null)).toEqual({ scan: null });
    expect(await signUp(`nieuw-${randomUUID()}@example.be`, null)).toEqual({ scan: null });
  });

  it('says the scan was not carried when another registration took it after the token was checked', async () => {
    const created = await createQuickScan(db(), scan(), ip(14));
    if (!created.ok) throw new Error('scan not created');
    // The register page checked the token: the scan was open then.
    expect(await claimProblem(db(), created.token)).toBeNull();
    const other = await register(`ander-${randomUUID()}@example.be`, created.token);
    const late = `te-laat-${randomUUID()}@example.be`;
    expect(await signUp(late, created.token)).toEqual({ scan: 'used' });
    await db().update(users).set({ status: 'active' }).where(eq(users.email, late));
    expect(await ownClaimedScan(db(), await viewerFor(late))).toBeNull();
    expect(await ownClaimedScan(db(), other)).toMatchObject({ claimedBy: other.id });
  });

  it('carries a scan into one account only when two registrations bring it at once; the other is told so', async () => {
    const created = await createQuickScan(db(), scan(), ip(15));
    if (!created.ok) throw new Error('scan not created');
    const emails = [`eerste-${randomUUID()}@example.be`, `tweede-${randomUUID()}@example.be`];
    const answers = await Promise.all(emails.map((email) => signUp(email, created.token)));
    expect(answers.map((a) => a.scan).sort()).toEqual(['carried', 'used']);
    // Both accounts are made; the scan is in the one told it was carried.
    const made = await Promise.all(emails.map(async (email) => (await db().select().from(users).where(eq(users.email, email)))[0]));
    expect(made.every(Boolean)).toBe(true);
    const [claimed] = await db()
      .select({ claimedBy: quickScans.claimedBy })
      .from(quickScans)
      .where(eq(quickScans.ipHash, ip(15)));
    expect(claimed!.claimedBy).toBe(made[answers.findIndex((a) => a.scan === 'carried')]!.id);
  });

  it('tells an expired token apart, and the job deletes expired scans but keeps the day count', async () => {
    const longAgo = new Date(Date.now() - SCAN_LIFETIME_MS - 60_000);
    const created = await createQuickScan(db(), scan(), ip(12), longAgo);
    if (!created.ok) throw new Error('scan not created');
    expect(await claimProblem(db(), created.token)).toBe('expired');
    expect(await signUp(`ook-te-laat-${randomUUID()}@example.be`, created.token)).toEqual({ scan: 'expired' });
    const member = await register('te-laat@example.be', created.token);
    expect(await ownClaimedScan(db(), member)).toBeNull();
    const counted = (
      await db()
        .select()
        .from(quickScanCounts)
        .where(eq(quickScanCounts.day, brusselsDay(longAgo)))
    )[0]?.scans;
    expect(await deleteExpiredScans(db())).toBeGreaterThanOrEqual(1);
    expect(await db().$count(quickScans, and(eq(quickScans.ipHash, ip(12))))).toBe(0);
    expect(
      (
        await db()
          .select()
          .from(quickScanCounts)
          .where(eq(quickScanCounts.day, brusselsDay(longAgo)))
      )[0]?.scans,
    ).toBe(counted);
    expect(await claimProblem(db(), created.token)).toBe('invalid');
  });
});

describe('the funnel on the programme dashboard', () => {
  it('counts scans, scans brought into an account and coached ones; members are refused', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const since = new Date(Date.now() - 24 * 60 * 60_000);
    const funnel = await quickScanFunnel(db(), staff, {}, since);
    expect(funnel.scans).toBeGreaterThanOrEqual(SCANS_PER_HOUR + 4);
    expect(funnel.registrations).toBe(1);
    expect(funnel.coached).toBe(0);
    // The member came from Limburg: the Walloon advisor does not see them, the Limburg advisor does.
    expect((await quickScanFunnel(db(), await viewerFor('conseiller.wallonie@kantelpunt.demo'), {}, since)).registrations).toBe(0);
    expect((await quickScanFunnel(db(), await viewerFor('adviseur.limburg@kantelpunt.demo'), {}, since)).registrations).toBe(1);
    const member = await viewerFor('scan-lid@example.be');
    await expect(quickScanFunnel(db(), member, {}, since)).rejects.toBeInstanceOf(AccessDenied);
  });
});
