import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { advisorRegions, businesses, channelStatuses, classificationHistory, users, type Business, type User } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { loadSectorTable } from '@/lib/dal/classification';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { CHANNELS, type Channel, type ChannelStatus, type EmployeeBand } from '@/lib/domain/channels';
import { channelSummary } from '@/lib/domain/channel-summary';
import { classify } from '@/lib/domain/classification';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { allLocalities } from '@/lib/reference/postcodes';
import type { Province } from '@/lib/domain/provinces';
import { NACE_CATALOGUE_VERSION } from '@/lib/nace/catalogue-2008';

/*
 * Factories: each call creates rows no other test knows about (unique e-mail, name and
 * enterprise number), so a test finds its own data by what the factory returned, never by a demo
 * name, and passes alone or in any order. Rows are written with plain inserts, derived the way
 * the portal derives them (classification from the sector table, channel summary), so the data
 * access layer reads them as it reads real ones.
 */

/** The password every factory user signs in with. */
export const FACTORY_PASSWORD = 'een lange zin als testwachtwoord';

// Hashing costs ~90 ms: do it once per process.
let passwordHash: Promise<string> | undefined;

/** A short token unique in this process and across processes, for names and e-mail addresses. */
export function uniqueTag(): string {
  return randomUUID().replaceAll('-', '').slice(0, 10);
}

export interface UserOptions {
  role?: User['role'];
  /** An advisor's provinces. */
  regions?: Province[];
  status?: User['status'];
  canExport?: boolean;
  isDemo?: boolean;
  locale?: User['locale'];
  name?: string;
  email?: string;
}

export interface CreatedUser {
  user: User;
  /** As the data access layer sees this user now (null when they may not act, e.g. pending). */
  viewer: Viewer | null;
  email: string;
  password: string;
}

export async function createUser(db: Database, options: UserOptions = {}): Promise<CreatedUser> {
  const role = options.role ?? 'member';
  const tag = uniqueTag();
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? `${role}-${tag}@factory.test`,
      name: options.name ?? `Test ${role} ${tag}`,
      role,
      status: options.status ?? 'active',
      locale: options.locale ?? 'nl',
      emailVerifiedAt: options.status === 'pending' ? null : new Date(),
      canExport: options.canExport ?? false,
      isDemo: options.isDemo ?? false,
      passwordHash: await passwordHash,
    })
    .returning();
  if (options.regions?.length) {
    await db.insert(advisorRegions).values(options.regions.map((province) => ({ userId: user!.id, province })));
  }
  return { user: user!, viewer: await loadViewer(db, user!.id), email: user!.email, password: FACTORY_PASSWORD };
}

/** A user who may act, with their viewer (fails the test when the options make them unable to act). */
export async function createViewer(db: Database, options: UserOptions = {}): Promise<Viewer> {
  const { viewer, email } = await createUser(db, options);
  if (!viewer) throw new Error(`factory user ${email} may not act`);
  return viewer;
}

export const createStaff = (db: Database, options: UserOptions = {}) => createViewer(db, { ...options, role: 'staff' });
export const createAdvisor = (db: Database, regions: Province[], options: UserOptions = {}) => createViewer(db, { ...options, role: 'advisor', regions });

export interface BusinessOptions {
  province?: Province;
  naceCode?: string | null;
  revenueChangePct?: number | null;
  channels?: Partial<Record<Channel, ChannelStatus>>;
  ownerId?: string | null;
  assignedAdvisorId?: string | null;
  employeesBand?: EmployeeBand;
  name?: string;
  /** Ten digits; by default a fresh one starting with 1. */
  enterpriseNumber?: string;
}

// Enterprise numbers starting with 1: the demo seed draws from 04…08. Counting up from a random
// start, no two calls in a process collide, and two processes (a test and a server) hardly ever.
let nextEnterpriseNumber = Math.floor(Math.random() * 9_000_000);
function uniqueEnterpriseNumber(): string {
  nextEnterpriseNumber = (nextEnterpriseNumber + 1) % 10_000_000;
  return enterpriseNumberFrom(`1${String(nextEnterpriseNumber).padStart(7, '0')}`);
}

/** A business, classified against the sector table in the database at the moment of creation. */
export async function createBusiness(db: Database, options: BusinessOptions = {}): Promise<Business> {
  const province = options.province ?? 'BE-VLI';
  const locality = allLocalities().find((l) => l.province === province);
  if (!locality) throw new Error(`no locality in ${province}`);
  const statuses = Object.fromEntries(CHANNELS.map((channel) => [channel, options.channels?.[channel] ?? 'unaware'])) as Record<Channel, ChannelStatus>;
  const summary = channelSummary(statuses);
  const naceCode = options.naceCode === undefined ? '56.102' : options.naceCode;
  const revenueChangePct = options.revenueChangePct === undefined ? -20 : options.revenueChangePct;
  const classification = classify({ naceCode, revenueChangePct, digitalScore: summary.digitalScore }, await loadSectorTable(db));
  return db.transaction(async (tx) => {
    const [business] = await tx
      .insert(businesses)
      .values({
        name: options.name ?? `Testzaak ${uniqueTag()}`,
        enterpriseNumber: options.enterpriseNumber ?? uniqueEnterpriseNumber(),
        naceCode,
        naceVersion: naceCode ? NACE_CATALOGUE_VERSION : null,
        postcode: locality.postcode,
        locality: locality.locality,
        province,
        employeesBand: options.employeesBand ?? '1-4',
        revenueChangePct,
        ownerId: options.ownerId ?? null,
        assignedAdvisorId: options.assignedAdvisorId ?? null,
        contactConsentAt: new Date(),
        ...summary,
        computedClass: classification.crisisClass,
        effectiveClass: classification.crisisClass,
        classReasons: classification.reasons,
        computedPriority: classification.priority,
        coachingPriority: classification.priority,
      })
      .returning();
    await tx.insert(channelStatuses).values(CHANNELS.map((channel) => ({ businessId: business!.id, channel, status: statuses[channel] })));
    await tx.insert(classificationHistory).values({ businessId: business!.id, fromClass: null, toClass: business!.effectiveClass, source: 'computed' });
    return business!;
  });
}
