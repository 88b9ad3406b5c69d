import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, authTokens, businesses, businessSnapshots, channelStatuses, classificationHistory, emailOutbox, userSessions, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { registerMember } from '@/lib/dal/accounts';
import { getOwnProfile, ownFirstAssessment, saveOwnChannels, saveOwnProfile, type ProfileInput } from '@/lib/dal/business-profile';
import { closeOwnAccount, exportOwnData } from '@/lib/dal/member-data';
import { MIN_PEERS, peerComparison } from '@/lib/dal/peers';
import { AccessDenied } from '@/lib/dal/access';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

async function newMember(email: string): Promise<Viewer> {
  await registerMember(
    db(),
    { name: 'Test Lid', email, password: 'een lange zin als wachtwoord', locale: 'nl' },
    { appUrl: 'http://t', smtpConfigured: false },
  );
  await db().update(users).set({ status: 'active' }).where(eq(users.email, email));
  return viewerFor(email);
}

const profile = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  name: 'Frituur Test',
  enterpriseNumber: enterpriseNumberFrom('09123456'),
  naceCode: '56.102',
  naceVersion: '2008',
  postcode: '3500',
  locality: 'Hasselt',
  employeesBand: '1-4',
  revenueChangePct: -20,
  needs: ['online_ordering'],
  contactConsent: true,
  consentWording: 'Ik ga akkoord.',
  ...overrides,
});

const allStatuses = (inUse: Channel[]): Record<Channel, ChannelStatus> =>
  Object.fromEntries(CHANNELS.map((c) => [c, inUse.includes(c) ? 'in_use' : 'unaware'])) as Record<Channel, ChannelStatus>;

describe('the member profile', () => {
  it('creates the business in the province of its postcode, with consent, a snapshot and an audit event', async () => {
    const member = await newMember('profiel@example.be');
    const result = await saveOwnProfile(db(), member, profile(), null);
    expect(result.ok).toBe(true);
    const own = await getOwnProfile(db(), member);
    expect(own?.business).toMatchObject({ province: 'BE-VLI', contactConsentText: 'Ik ga akkoord.', version: 1, ownerId: member.id });
    expect(own?.business.contactConsentAt).toBeInstanceOf(Date);
    expect(await db().$count(businessSnapshots, eq(businessSnapshots.businessId, own!.business.id))).toBe(1);
    expect(await db().$count(auditEvents, and(eq(auditEvents.action, 'business.profile_created'), eq(auditEvents.actorId, member.id)))).toBe(1);
  });

  it('refuses a stale version, writes nothing and reports what differs', async () => {
    const member = await viewerFor('profiel@example.be');
    expect((await saveOwnProfile(db(), member, profile({ name: 'Frituur Test (nieuw)' }), 1)).ok).toBe(true);
    const stale = await saveOwnProfile(db(), member, profile({ employeesBand: '5-9' }), 1);
    expect(stale).toMatchObject({ ok: false, problem: 'conflict', changed: ['name', 'employeesBand'] });
    const own = await getOwnProfile(db(), member);
    expect(own?.business).toMatchObject({ name: 'Frituur Test (nieuw)', employeesBand: '1-4', version: 2 });
  });

  it('says an enterprise number is taken without saying by whom', async () => {
    const other = await newMember('dubbel@example.be');
    const [chipShop] = await db().select().from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    expect(await saveOwnProfile(db(), other, profile({ enterpriseNumber: chipShop!.enterpriseNumber }), null)).toEqual({
      ok: false,
      problem: 'enterprise_number_taken',
    });
    expect(await getOwnProfile(db(), other)).toBeNull();
  });

  it('keeps the consent moment and wording from the first time, and clears them when withdrawn', async () => {
    const member = await viewerFor('profiel@example.be');
    const before = (await getOwnProfile(db(), member))!.business;
    await saveOwnProfile(db(), member, profile({ name: 'Frituur Test (nieuw)', consentWording: 'Andere tekst' }), before.version);
    const kept = (await getOwnProfile(db(), member))!.business;
    expect(kept.contactConsentAt).toEqual(before.contactConsentAt);
    expect(kept.contactConsentText).toBe('Ik ga akkoord.');
    await saveOwnProfile(db(), member, profile({ name: 'Frituur Test (nieuw)', contactConsent: false }), kept.version);
    expect((await getOwnProfile(db(), member))!.business).toMatchObject({ contactConsentAt: null, contactConsentText: null });
  });

  it('is refused to advisors, staff and strangers', async () => {
    await expect(saveOwnProfile(db(), await viewerFor('adviseur.limburg@kantelpunt.demo'), profile(), null)).rejects.toBeInstanceOf(AccessDenied);
    await expect(saveOwnProfile(db(), null, profile(), null)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('channels and score', () => {
  it('saves all statuses, updates the score on the row and refuses a stale version', async () => {
    const member = await viewerFor('profiel@example.be');
    const version = (await getOwnProfile(db(), member))!.business.version;
    const result = await saveOwnChannels(db(), member, allStatuses(['online_ordering', 'online_payments', 'facebook']), version);
    expect(result).toEqual({ ok: true, version: version + 1 });
    const own = (await getOwnProfile(db(), member))!;
    expect(own.business).toMatchObject({ channelsInUseCount: 3, digitalScore: 27 });
    expect(own.business.channelsInUse.sort()).toEqual(['facebook', 'online_ordering', 'online_payments']);
    expect(await db().$count(channelStatuses, eq(channelStatuses.businessId, own.business.id))).toBe(18);
    // Revenue down in an adaptable sector: a shifter, with its reasons and a history of the change.
    expect(own.business).toMatchObject({ computedClass: 'shifter', effectiveClass: 'shifter' });
    expect(own.business.coachingPriority).toBeGreaterThanOrEqual(40);
    expect(own.business.classReasons).toContainEqual({ code: 'revenue_down', revenue: -20 });
    const history = await db().select().from(classificationHistory).where(eq(classificationHistory.businessId, own.business.id));
    expect(history.map((h) => [h.fromClass, h.toClass])).toContainEqual(['unknown', 'shifter']);

    const stale = await saveOwnChannels(db(), member, allStatuses([]), version);
    expect(stale).toMatchObject({ ok: false, problem: 'conflict', version: version + 1 });
    expect((await getOwnProfile(db(), member))!.business.digitalScore).toBe(27);
  });

  it('measures from the first save of the channels: no score before it, the first assessment kept after it', async () => {
    const member = await newMember('eerste-meting@example.be');
    expect((await saveOwnProfile(db(), member, profile({ enterpriseNumber: enterpriseNumberFrom('08765432') }), null)).ok).toBe(true);
    const created = (await getOwnProfile(db(), member))!.business;
    expect(created).toMatchObject({ digitalScore: null, firstDigitalScore: null, assessedAgain: false });
    await saveOwnChannels(db(), member, allStatuses(['facebook']), created.version);
    expect(await ownFirstAssessment(db(), member)).toBeNull();
    const once = (await getOwnProfile(db(), member))!.business;
    expect(once).toMatchObject({ firstDigitalScore: once.digitalScore, assessedAgain: false });
    await saveOwnChannels(db(), member, allStatuses(['facebook', 'website', 'online_ordering']), once.version);
    const first = await ownFirstAssessment(db(), member);
    expect(first).toMatchObject({ digitalScore: once.digitalScore, dimensions: once.digitalDimensions });
    expect((await getOwnProfile(db(), member))!.business).toMatchObject({ firstDigitalScore: once.digitalScore, assessedAgain: true });
  });
});

describe('peer comparison', () => {
  it('compares with the NACE division when it has enough scored businesses', async () => {
    const [chipShop] = await db().select().from(businesses).where(eq(businesses.name, 'Frituur De Gouden Friet'));
    const peers = await peerComparison(db(), chipShop!);
    expect(peers?.group).toBe('division');
    expect(peers?.groupCode).toBe('56');
    // The same figures worked out here from the rows: the other scored businesses of division 56.
    const division = (await db().select().from(businesses)).filter((b) => b.id !== chipShop!.id && b.digitalScore !== null && b.naceCode?.startsWith('56'));
    expect(division.length).toBeGreaterThanOrEqual(MIN_PEERS);
    expect(peers!.size).toBe(division.length);
    expect(peers!.overall).toBe(Math.round(division.reduce((sum, b) => sum + b.digitalScore!, 0) / division.length));
    expect(peers!.adoption.online_ordering).toBeCloseTo(division.filter((b) => b.channelsInUse.includes('online_ordering')).length / division.length, 10);
  });

  it('falls back to a broader group, never to fewer than five', async () => {
    // A lone business in division 01 (agriculture): no demo peers there.
    const member = await newMember('boer@example.be');
    await saveOwnProfile(db(), member, profile({ enterpriseNumber: enterpriseNumberFrom('09123457'), naceCode: '01.130' }), null);
    const own = (await getOwnProfile(db(), member))!.business;
    const peers = await peerComparison(db(), own);
    expect(peers?.group).not.toBe('division');
    expect(peers!.size).toBeGreaterThanOrEqual(MIN_PEERS);
  });
});

describe("the member's own data", () => {
  it('exports everything about the member and their business, and nothing of others', async () => {
    const member = await viewerFor('profiel@example.be');
    const data = await exportOwnData(db(), member);
    expect(data.account?.email).toBe('profiel@example.be');
    expect(data.business).toMatchObject({ name: 'Frituur Test (nieuw)', province: 'BE-VLI' });
    expect(data.channels).toHaveLength(18);
    expect(data.history!.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(data)).not.toContain('Frituur De Gouden Friet');
  });

  it('closes the account: business erased, person anonymised, sign-in impossible', async () => {
    const member = await viewerFor('profiel@example.be');
    const session = await authenticate(db(), { email: 'profiel@example.be', password: 'een lange zin als wachtwoord' }, { ip: '10.8.0.1', demoAllowed: true });
    if (!session.ok) throw new Error('sign-in failed');
    const businessId = (await getOwnProfile(db(), member))!.business.id;
    await closeOwnAccount(db(), member);
    expect(await db().$count(businesses, eq(businesses.id, businessId))).toBe(0);
    expect(await db().$count(channelStatuses, eq(channelStatuses.businessId, businessId))).toBe(0);
    expect(await db().$count(businessSnapshots, eq(businessSnapshots.businessId, businessId))).toBe(0);
    expect(await db().$count(emailOutbox, eq(emailOutbox.toAddress, 'profiel@example.be'))).toBe(0);
    expect(await db().$count(authTokens, eq(authTokens.userId, member.id))).toBe(0);
    const [user] = await db().select().from(users).where(eq(users.id, member.id));
    expect(user).toMatchObject({ name: 'Closed account', status: 'deactivated', passwordHash: null });
    expect(user!.email).not.toContain('profiel');
    expect(await loadViewer(db(), member.id, session.sessionId)).toBeNull();
    expect(await db().$count(userSessions, eq(userSessions.userId, member.id))).toBe(0);
    expect(await db().$count(auditEvents, and(eq(auditEvents.action, 'member.account_closed'), eq(auditEvents.actorId, member.id)))).toBe(1);
  });
});
