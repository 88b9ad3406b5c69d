import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { advisorRegions, businesses, channelStatuses, classificationHistory, users, type NewBusiness } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { channelSummary } from '@/lib/domain/channel-summary';
import { classify } from '@/lib/domain/classification';
import { DEFAULT_SECTOR_IMPACTS } from '@/lib/domain/sector-impact-defaults';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import type { Locality } from '@/lib/domain/postcodes';
import { allLocalities } from '@/lib/reference/postcodes';
import { PROVINCES, regionOf, type Province } from '@/lib/domain/provinces';
import { NACE_CATALOGUE_VERSION } from '@/lib/nace/catalogue-2008';
import {
  BASELINE_CHANNEL_USE,
  DEMO_SECTORS,
  FLEMISH_GIVEN_NAMES,
  FLEMISH_SURNAMES,
  FRENCH_GIVEN_NAMES,
  FRENCH_SURNAMES,
  type DemoSector,
} from './demo-catalogue';
import { DEMO_PASSWORD, DEMO_USERS, FEATURED_BUSINESSES } from './demo-people';
import { createRandom, type Random } from './random';
import { seedDemoFollowUps } from './demo-follow-ups';
import { seedDemoHelpRequests } from './demo-help-requests';
import { seedDemoQuickScans } from './demo-quick-scans';
import { seedDemoPast, seedFeaturedScores, type DemoBusinessNow } from './demo-history';

export const DEMO_BUSINESSES_PER_PROVINCE = 30;

export interface DemoSeedResult {
  usersCreated: number;
  businessesCreated: number;
}

type PlannedBusiness = NewBusiness & { enterpriseNumber: string; channels: Record<Channel, ChannelStatus> };

function channelStatusesFor(sector: DemoSector | undefined, random: Random): Record<Channel, ChannelStatus> {
  const statuses = {} as Record<Channel, ChannelStatus>;
  for (const channel of CHANNELS) {
    const base = BASELINE_CHANNEL_USE[channel];
    const inUse = sector?.channels[channel] ?? base.inUse;
    const roll = random.next();
    if (roll < inUse) statuses[channel] = 'in_use';
    else if (roll < inUse + base.planned) statuses[channel] = 'planned';
    else if (roll < inUse + base.planned + base.aware) statuses[channel] = 'aware';
    else statuses[channel] = 'unaware';
  }
  return statuses;
}

function businessName(sector: DemoSector, locality: Locality, random: Random): string {
  const french = regionOf(locality.province) === 'wallonia' || (locality.province === 'BE-BRU' && random.chance(0.6));
  const template = random.pick(french ? sector.names.fr : sector.names.nl);
  return template
    .replace('{s}', random.pick(french ? FRENCH_SURNAMES : FLEMISH_SURNAMES))
    .replace('{g}', random.pick(french ? FRENCH_GIVEN_NAMES : FLEMISH_GIVEN_NAMES))
    .replace('{l}', locality.locality);
}

function uniqueEnterpriseNumber(random: Random, taken: Set<string>): string {
  for (;;) {
    const firstEight = `0${random.int(4, 8)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
    const number = enterpriseNumberFrom(firstEight);
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

/** The generated businesses: DEMO_BUSINESSES_PER_PROVINCE in every province, every demo sector in use. */
export function planDemoBusinesses(): PlannedBusiness[] {
  const random = createRandom(20_201_119);
  const localitiesByProvince = new Map<Province, Locality[]>();
  for (const locality of allLocalities()) {
    localitiesByProvince.set(locality.province, [...(localitiesByProvince.get(locality.province) ?? []), locality]);
  }
  const taken = new Set(FEATURED_BUSINESSES.map((b) => enterpriseNumberFrom(b.enterpriseNumberStart)));
  const planned: PlannedBusiness[] = [];
  const names = new Set<string>();
  let index = 0;
  for (const province of PROVINCES) {
    const localities = localitiesByProvince.get(province) ?? [];
    for (let n = 0; n < DEMO_BUSINESSES_PER_PROVINCE; n++, index++) {
      // Stepping by 7 (prime to the sector count) spreads every sector over every province.
      const sector = DEMO_SECTORS[(index * 7) % DEMO_SECTORS.length] as DemoSector;
      const locality = random.pick(localities);
      let name = businessName(sector, locality, random);
      if (names.has(name)) name = `${name} (${locality.locality})`;
      if (names.has(name)) name = `${name} ${index}`;
      names.add(name);
      const channels = channelStatusesFor(sector, random);
      const [low, high] = sector.revenue;
      const daysAgo = random.int(1, 420);
      planned.push({
        name,
        enterpriseNumber: uniqueEnterpriseNumber(random, taken),
        naceCode: sector.code,
        naceVersion: NACE_CATALOGUE_VERSION,
        postcode: locality.postcode,
        locality: locality.locality,
        province,
        employeesBand: random.pick(sector.employees),
        // About one in twelve members has not told us how revenue moved yet.
        revenueChangePct: random.chance(0.08) ? null : random.int(low, high),
        needs: sector.needs.filter(() => random.chance(0.7)),
        contactConsentAt: random.chance(0.8) ? new Date(Date.now() - daysAgo * 86_400_000) : null,
        createdAt: new Date(Date.now() - daysAgo * 86_400_000),
        updatedAt: new Date(Date.now() - random.int(0, daysAgo) * 86_400_000),
        channels,
        ...channelSummary(channels),
      });
    }
  }
  return planned;
}

function featuredBusinesses(ownerIds: Map<string, string>): PlannedBusiness[] {
  return FEATURED_BUSINESSES.map((featured) => {
    const channels = Object.fromEntries(CHANNELS.map((channel) => [channel, featured.channels[channel] ?? 'unaware'])) as Record<Channel, ChannelStatus>;
    const locality = allLocalities().find((l) => l.postcode === featured.postcode && l.locality === featured.locality);
    if (!locality) throw new Error(`Featured business ${featured.name}: unknown locality ${featured.postcode} ${featured.locality}`);
    return {
      ownerId: ownerIds.get(featured.owner) ?? null,
      name: featured.name,
      enterpriseNumber: enterpriseNumberFrom(featured.enterpriseNumberStart),
      naceCode: featured.naceCode,
      naceVersion: NACE_CATALOGUE_VERSION,
      postcode: locality.postcode,
      locality: locality.locality,
      province: locality.province,
      employeesBand: featured.employeesBand,
      revenueChangePct: featured.revenueChangePct,
      needs: featured.needs,
      contactConsentAt: new Date(),
      contactConsentText: null,
      channels,
      ...channelSummary(channels),
    };
  });
}

/**
 * Loads demo users and businesses. Idempotent: users are matched on e-mail and businesses on
 * enterprise number; what already exists is left as it is (including changes made since).
 */
export async function seedDemoData(db: Database): Promise<DemoSeedResult> {
  return db.transaction(async (tx) => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const insertedUsers = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((user) => ({
          email: user.email,
          name: user.name,
          role: user.role,
          locale: user.locale,
          status: 'active' as const,
          emailVerifiedAt: new Date(),
          passwordHash,
          isDemo: true,
          canExport: user.canExport ?? false,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email });

    const demoUsers = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_USERS.map((u) => u.email),
        ),
      );
    const idByEmail = new Map(demoUsers.map((u) => [u.email, u.id]));

    const regionRows = DEMO_USERS.flatMap((user) => (user.regions ?? []).map((province) => ({ userId: idByEmail.get(user.email) as string, province }))).filter(
      (row) => row.userId,
    );
    if (regionRows.length > 0) await tx.insert(advisorRegions).values(regionRows).onConflictDoNothing();

    // Assign about half of the generated businesses to an advisor of their province.
    const advisorsByProvince = new Map<Province, string[]>();
    for (const user of DEMO_USERS) {
      for (const province of user.regions ?? []) {
        const id = idByEmail.get(user.email);
        if (id) advisorsByProvince.set(province, [...(advisorsByProvince.get(province) ?? []), id]);
      }
    }
    const random = createRandom(42);
    const planned = [...featuredBusinesses(idByEmail), ...planDemoBusinesses()].map((business) => {
      const advisors = business.province ? advisorsByProvince.get(business.province) : undefined;
      const assign = advisors && random.chance(0.55);
      const classification = classify(
        { naceCode: business.naceCode ?? null, revenueChangePct: business.revenueChangePct ?? null, digitalScore: business.digitalScore ?? null },
        DEFAULT_SECTOR_IMPACTS,
      );
      return {
        ...business,
        // The channels were last saved at the business's last change (generated: spread over the past
        // year, some older than the reminder's six months); the featured members saved theirs today.
        channelsUpdatedAt: business.updatedAt ?? new Date(),
        assignedAdvisorId: assign ? random.pick(advisors) : null,
        computedClass: classification.crisisClass,
        effectiveClass: classification.crisisClass,
        classReasons: classification.reasons,
        coachingPriority: classification.priority,
        computedPriority: classification.priority,
      };
    });

    let businessesCreated = 0;
    const createdNow: DemoBusinessNow[] = [];
    for (let i = 0; i < planned.length; i += 200) {
      const batch = planned.slice(i, i + 200);
      const created = await tx
        .insert(businesses)
        .values(batch.map(({ channels: _channels, ...row }) => row))
        .onConflictDoNothing({ target: businesses.enterpriseNumber })
        .returning({
          id: businesses.id,
          enterpriseNumber: businesses.enterpriseNumber,
          province: businesses.province,
          effectiveClass: businesses.effectiveClass,
          digitalScore: businesses.digitalScore,
          digitalDimensions: businesses.digitalDimensions,
          assignedAdvisorId: businesses.assignedAdvisorId,
        });
      businessesCreated += created.length;
      createdNow.push(...created);
      const channelsByNumber = new Map(batch.map((b) => [b.enterpriseNumber, b.channels]));
      const statusRows = created.flatMap((business) =>
        Object.entries(channelsByNumber.get(business.enterpriseNumber) ?? {}).map(([channel, status]) => ({
          businessId: business.id,
          channel: channel as Channel,
          status,
        })),
      );
      for (let j = 0; j < statusRows.length; j += 1000) {
        await tx
          .insert(channelStatuses)
          .values(statusRows.slice(j, j + 1000))
          .onConflictDoNothing();
      }
    }
    // The featured businesses keep a plain start (the walkthroughs and tests tell their story);
    // the generated ones get eighteen months of past.
    const featured = new Set(FEATURED_BUSINESSES.map((b) => enterpriseNumberFrom(b.enterpriseNumberStart)));
    const fresh = createdNow.filter((b) => featured.has(b.enterpriseNumber));
    if (fresh.length > 0) {
      await tx
        .insert(classificationHistory)
        .values(fresh.map((b) => ({ businessId: b.id, fromClass: null, toClass: b.effectiveClass, source: 'computed' as const })));
      await seedFeaturedScores(tx, fresh);
    }
    await seedDemoPast(
      tx,
      createdNow.filter((b) => !featured.has(b.enterpriseNumber)),
    );
    if (businessesCreated > 0) await seedDemoFollowUps(tx, idByEmail);
    if (businessesCreated > 0) await seedDemoHelpRequests(tx, idByEmail);
    if (businessesCreated > 0) await seedDemoQuickScans(tx, createdNow);
    return { usersCreated: insertedUsers.length, businessesCreated };
  });
}
