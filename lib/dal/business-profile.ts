import 'server-only';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, businessSnapshots, channelStatuses, naceCodes, type Business } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { recordAudit } from '@/lib/audit';
import { CHANNELS, type Channel, type ChannelStatus, type EmployeeBand, type Need } from '@/lib/domain/channels';
import { channelSummary } from '@/lib/domain/channel-summary';
import { provinceForPostcode } from '@/lib/domain/provinces';
import { withinScope } from './business-scope';
import { requireRole } from './access';
import { reclassify } from './classification';
import { applyClaimedScan } from './quick-scan';
import type { Viewer } from './load-viewer';

/** The fields a member edits on their profile form. */
export interface ProfileInput {
  name: string;
  enterpriseNumber: string;
  naceCode: string;
  naceVersion: string;
  postcode: string;
  locality: string;
  employeesBand: EmployeeBand;
  revenueChangePct: number | null;
  needs: Need[];
  /** True when the member ticks the consent box; the wording is the one shown to them. */
  contactConsent: boolean;
  consentWording: string;
}

const PROFILE_FIELDS = [
  'name',
  'enterpriseNumber',
  'naceCode',
  'postcode',
  'locality',
  'employeesBand',
  'revenueChangePct',
  'needs',
  'contactConsent',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What the form shows: the stored profile in the shape of ProfileInput, plus its version. */
export type ProfileValues = Omit<ProfileInput, 'consentWording' | 'naceVersion'> & { version: number };

export type SaveResult =
  | { ok: true; businessId: string; version: number }
  | { ok: false; problem: 'conflict'; current: ProfileValues; changed: ProfileField[] }
  | { ok: false; problem: 'enterprise_number_taken' };

export function profileValues(business: Business): ProfileValues {
  return {
    name: business.name,
    enterpriseNumber: business.enterpriseNumber,
    naceCode: business.naceCode ?? '',
    postcode: business.postcode ?? '',
    locality: business.locality ?? '',
    employeesBand: business.employeesBand ?? '1-4',
    revenueChangePct: business.revenueChangePct,
    needs: (business.needs ?? []) as Need[],
    contactConsent: business.contactConsentAt !== null,
    version: business.version,
  };
}

/** Which fields differ between what the member submitted and what is stored now. */
function changedFields(submitted: Omit<ProfileValues, 'version'>, current: ProfileValues): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => JSON.stringify(normalise(submitted[field])) !== JSON.stringify(normalise(current[field])));
}

function normalise(value: unknown): unknown {
  return Array.isArray(value) ? [...value].sort() : value;
}

async function ownBusiness(db: Pick<Database, 'select'>, memberId: string): Promise<Business | undefined> {
  const [business] = await db.select().from(businesses).where(eq(businesses.ownerId, memberId)).limit(1);
  return business;
}

export async function getOwnProfile(
  db: Database,
  viewer: Viewer | null,
): Promise<{ business: Business; statuses: Partial<Record<Channel, ChannelStatus>> } | null> {
  const member = requireRole(viewer, ['member']);
  const business = await ownBusiness(db, member.id);
  if (!business) return null;
  const rows = await db.select().from(channelStatuses).where(eq(channelStatuses.businessId, business.id));
  return { business, statuses: Object.fromEntries(rows.map((r) => [r.channel, r.status])) };
}

/** True when the code exists in the catalogue version (sections are too broad to be a sector). */
export async function naceCodeExists(db: Database, code: string, version: string): Promise<boolean> {
  const [row] = await db
    .select({ level: naceCodes.level })
    .from(naceCodes)
    .where(and(eq(naceCodes.code, code), eq(naceCodes.version, version)))
    .limit(1);
  return Boolean(row && row.level !== 'section');
}

async function snapshot(tx: Pick<Database, 'insert'>, business: Business, actorId: string) {
  await tx.insert(businessSnapshots).values({
    businessId: business.id,
    version: business.version,
    data: { ...profileValues(business), province: business.province, channelsInUse: business.channelsInUse, digitalDimensions: business.digitalDimensions },
    digitalScore: business.digitalScore,
    effectiveClass: business.effectiveClass,
    actorId,
  });
}

/**
 * Creates or updates the member's own business. An update names the version it was edited from;
 * if someone saved in between, nothing is written and the caller gets the current profile and the
 * fields that differ. Each save keeps a snapshot and an audit event, in one transaction.
 */
export async function saveOwnProfile(db: Database, viewer: Viewer | null, input: ProfileInput, expectedVersion: number | null): Promise<SaveResult> {
  const member = requireRole(viewer, ['member']);
  const province = provinceForPostcode(input.postcode);
  const fields = {
    name: input.name,
    enterpriseNumber: input.enterpriseNumber,
    naceCode: input.naceCode,
    naceVersion: input.naceVersion,
    postcode: input.postcode,
    locality: input.locality,
    province,
    employeesBand: input.employeesBand,
    revenueChangePct: input.revenueChangePct,
    needs: input.needs,
  };
  try {
    return await db.transaction(async (tx) => {
      const existing = await ownBusiness(tx, member.id);
      const consent = input.contactConsent
        ? {
            contactConsentAt: existing?.contactConsentAt ?? new Date(),
            contactConsentText: existing?.contactConsentAt ? existing.contactConsentText : input.consentWording,
          }
        : { contactConsentAt: null, contactConsentText: null };
      let saved: Business | undefined;
      if (!existing) {
        // No score yet: the first assessment is the first save of the channels (the programme measures from there).
        [saved] = await tx
          .insert(businesses)
          .values({ ...fields, ...consent, ...channelSummary({}), digitalScore: null, digitalDimensions: null, ownerId: member.id })
          .returning();
        // Unless a quick scan came along with the account: its channels are the first assessment.
        if (saved) saved = (await applyClaimedScan(tx, member.id, saved)) ?? saved;
      } else {
        [saved] = await tx
          .update(businesses)
          .set({ ...fields, ...consent, version: sql`${businesses.version} + 1`, updatedAt: new Date() })
          .where(and(eq(businesses.id, existing.id), eq(businesses.version, expectedVersion ?? -1)))
          .returning();
        if (!saved) {
          const current = profileValues(existing);
          const { version: _v, ...submitted } = { ...profileValuesFromInput(input), version: 0 };
          return { ok: false as const, problem: 'conflict' as const, current, changed: changedFields(submitted, current) };
        }
      }
      if (!saved) throw new Error('business was not saved');
      await reclassify(tx, saved, member.id);
      [saved] = await tx.select().from(businesses).where(eq(businesses.id, saved.id));
      if (!saved) throw new Error('business was not saved');
      await snapshot(tx, saved, member.id);
      await recordAudit(tx, {
        actorId: member.id,
        actorRole: 'member',
        action: existing ? 'business.profile_updated' : 'business.profile_created',
        entityType: 'business',
        entityId: saved.id,
        details: { version: saved.version },
      });
      return { ok: true as const, businessId: saved.id, version: saved.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: 'enterprise_number_taken' };
    throw error;
  }
}

function profileValuesFromInput(input: ProfileInput): Omit<ProfileValues, 'version'> {
  const { consentWording: _w, naceVersion: _n, ...values } = input;
  return values;
}

export type ChannelsResult =
  | { ok: true; version: number }
  | { ok: false; problem: 'no_business' }
  | { ok: false; problem: 'conflict'; version: number; current: Partial<Record<Channel, ChannelStatus>> };

/** Saves all channel statuses of the member's business at once, with the same version check. */
export async function saveOwnChannels(
  db: Database,
  viewer: Viewer | null,
  statuses: Record<Channel, ChannelStatus>,
  expectedVersion: number,
): Promise<ChannelsResult> {
  const member = requireRole(viewer, ['member']);
  return db.transaction(async (tx) => {
    const existing = await ownBusiness(tx, member.id);
    if (!existing) return { ok: false as const, problem: 'no_business' as const };
    const [saved] = await tx
      .update(businesses)
      // channelsUpdatedAt: the reminder to update the channels counts from this save (lib/reminders).
      .set({ ...channelSummary(statuses), version: sql`${businesses.version} + 1`, updatedAt: new Date(), channelsUpdatedAt: new Date() })
      .where(and(eq(businesses.id, existing.id), eq(businesses.version, expectedVersion)))
      .returning();
    if (!saved) {
      const rows = await tx.select().from(channelStatuses).where(eq(channelStatuses.businessId, existing.id));
      return {
        ok: false as const,
        problem: 'conflict' as const,
        version: existing.version,
        current: Object.fromEntries(rows.map((r) => [r.channel, r.status])),
      };
    }
    await tx
      .insert(channelStatuses)
      .values(CHANNELS.map((channel) => ({ businessId: saved.id, channel, status: statuses[channel] })))
      .onConflictDoUpdate({ target: [channelStatuses.businessId, channelStatuses.channel], set: { status: sql`excluded.status`, updatedAt: new Date() } });
    // The score feeds the classification ("revenue held with a high score" is a winner).
    await reclassify(tx, saved, member.id);
    const [classified] = await tx.select().from(businesses).where(eq(businesses.id, saved.id));
    await snapshot(tx, classified ?? saved, member.id);
    await recordAudit(tx, {
      actorId: member.id,
      actorRole: 'member',
      action: 'business.channels_updated',
      entityType: 'business',
      entityId: saved.id,
      details: { version: saved.version, score: saved.digitalScore },
    });
    return { ok: true as const, version: saved.version };
  });
}

function scoreHistory(db: Database, businessId: string) {
  return db
    .select({ version: businessSnapshots.version, digitalScore: businessSnapshots.digitalScore, createdAt: businessSnapshots.createdAt })
    .from(businessSnapshots)
    .where(eq(businessSnapshots.businessId, businessId))
    .orderBy(desc(businessSnapshots.createdAt))
    .limit(50);
}

/** The member's score over time, newest first (one point per save). */
export async function ownScoreHistory(db: Database, viewer: Viewer | null) {
  const member = requireRole(viewer, ['member']);
  const business = await ownBusiness(db, member.id);
  return business ? scoreHistory(db, business.id) : [];
}

/**
 * The member's first assessment (the first save of their channels), once they have been assessed
 * again since: when, the score, and the score per dimension (null for assessments stored without).
 */
export async function ownFirstAssessment(db: Database, viewer: Viewer | null) {
  const member = requireRole(viewer, ['member']);
  const business = await ownBusiness(db, member.id);
  if (!business?.assessedAgain) return null;
  const [first] = await db
    .select({ at: businessSnapshots.createdAt, digitalScore: businessSnapshots.digitalScore, data: businessSnapshots.data })
    .from(businessSnapshots)
    .where(and(eq(businessSnapshots.businessId, business.id), isNotNull(businessSnapshots.digitalScore)))
    .orderBy(asc(businessSnapshots.createdAt), asc(businessSnapshots.id))
    .limit(1);
  if (!first || first.digitalScore === null) return null;
  const dimensions = (first.data as { digitalDimensions?: Record<string, number> | null }).digitalDimensions ?? null;
  return { at: first.at, digitalScore: first.digitalScore, dimensions };
}

/** A business's score over time for its advisors and staff (empty outside the viewer's scope). */
export async function businessScoreHistory(db: Database, viewer: Viewer | null, businessId: string) {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const [inScope] = await db
    .select({ id: businesses.id })
    .from(businesses)
    .where(withinScope(who, eq(businesses.id, businessId)));
  return inScope ? scoreHistory(db, inScope.id) : [];
}
