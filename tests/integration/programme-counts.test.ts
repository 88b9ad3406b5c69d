import { describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { businesses, followUps, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { registerMember } from '@/lib/dal/accounts';
import { saveOwnChannels, saveOwnProfile, type ProfileInput } from '@/lib/dal/business-profile';
import { closeOwnAccount } from '@/lib/dal/member-data';
import { overrideClass } from '@/lib/dal/classification';
import { cancelFollowUp, completeFollowUp, createFollowUp } from '@/lib/dal/follow-ups';
import { FOLLOW_UP_KINDS } from '@/lib/domain/follow-ups';
import { changeSectorImpact } from '@/lib/dal/sector-impacts';
import { AccessDenied } from '@/lib/dal/access';
import { classCounts, channelStatusCounts, compactProgrammeCounts } from '@/lib/dal/programme-counts';
import { createMemberImport, getMemberImport, startImportApply, startImportCheck } from '@/lib/member-import/dal/imports';
import { runPendingJobs } from '@/lib/jobs/worker';
import { CHANNELS, CHANNEL_STATUSES, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { EXPOSURES } from '@/lib/domain/sector-impact-defaults';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import type { Viewer } from '@/lib/dal/load-viewer';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

type Rows = Array<Record<string, string | number>>;
const rowsOf = async (database: Database, query: ReturnType<typeof sql>): Promise<Rows> =>
  ((await database.execute(query)) as unknown as { rows: Rows }).rows.map((row) => ({ ...row, n: Number(row.n) }));

/** The counts as the triggers keep them, summed per key, against the same figures counted from scratch. */
async function storedAndRecounted(database: Database) {
  const order = sql`order by 1, 2, 3, 4`;
  return {
    stored: {
      businesses: await rowsOf(
        database,
        sql`select province, division, effective_class::text, score_band, sum(businesses) as n from business_counts group by 1, 2, 3, 4 having sum(businesses) <> 0 ${order}`,
      ),
      channels: await rowsOf(
        database,
        sql`select province, division, channel::text, status::text, sum(businesses) as n from channel_counts group by 1, 2, 3, 4 having sum(businesses) <> 0 ${order}`,
      ),
      classChanges: await rowsOf(
        database,
        sql`select month::text, province, division, from_class::text || '>' || to_class::text as change, contact_band, sum(businesses) as n
            from class_change_counts where division <> '*' group by 1, 2, 3, 4, 5 having sum(businesses) <> 0 order by 1, 2, 3, 4, 5`,
      ),
      classChangesAllSectors: await rowsOf(
        database,
        sql`select month::text, province, from_class::text || '>' || to_class::text as change, contact_band, sum(businesses) as n
            from class_change_counts where division = '*' group by 1, 2, 3, 4 having sum(businesses) <> 0 order by 1, 2, 3, 4`,
      ),
      scoreChanges: await rowsOf(
        database,
        sql`select province, division, coached, change_band, sum(businesses) as n, sum(change_sum)::int as points
            from score_change_counts group by 1, 2, 3, 4 having sum(businesses) <> 0 or sum(change_sum) <> 0 ${order}`,
      ),
      followUps: await rowsOf(
        database,
        sql`select week::text, province || '/' || division as place, owner_id::text, kind::text || '/' || status::text as kind, sum(follow_ups) as n
            from follow_up_counts where division <> '*' group by 1, 2, 3, 4 having sum(follow_ups) <> 0 ${order}`,
      ),
      followUpsAllSectors: await rowsOf(
        database,
        sql`select week::text, province, owner_id::text, kind::text || '/' || status::text as kind, sum(follow_ups) as n
            from follow_up_counts where division = '*' group by 1, 2, 3, 4 having sum(follow_ups) <> 0 ${order}`,
      ),
      openDays: await rowsOf(
        database,
        sql`select due_day::text, province, division, sum(follow_ups) as n from open_follow_up_days group by 1, 2, 3 having sum(follow_ups) <> 0 order by 1, 2, 3`,
      ),
    },
    recounted: {
      businesses: await rowsOf(
        database,
        sql`select coalesce(province::text, '') as province, coalesce(left(nace_code, 2), '') as division, effective_class::text,
                   programme_score_band(digital_score) as score_band, count(*) as n
            from businesses group by 1, 2, 3, 4 ${order}`,
      ),
      channels: await rowsOf(
        database,
        sql`select coalesce(b.province::text, '') as province, coalesce(left(b.nace_code, 2), '') as division, s.channel::text, s.status::text, count(*) as n
            from channel_statuses s join businesses b on b.id = s.business_id group by 1, 2, 3, 4 ${order}`,
      ),
      classChanges: await rowsOf(
        database,
        sql`select programme_month(created_at)::text as month, province, division, from_class::text || '>' || to_class::text as change,
                   programme_contact_band(days_since_contact) as contact_band, count(*) as n
            from classification_history where from_class <> to_class group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
      ),
      classChangesAllSectors: await rowsOf(
        database,
        sql`select programme_month(created_at)::text as month, province, from_class::text || '>' || to_class::text as change,
                   programme_contact_band(days_since_contact) as contact_band, count(*) as n
            from classification_history where from_class <> to_class group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      ),
      scoreChanges: await rowsOf(
        database,
        sql`select coalesce(province::text, '') as province, coalesce(left(nace_code, 2), '') as division, last_contact_at is not null as coached,
                   programme_change_band(digital_score - first_digital_score) as change_band, count(*) as n, sum(digital_score - first_digital_score)::int as points
            from businesses where assessed_again and digital_score is not null and first_digital_score is not null group by 1, 2, 3, 4 ${order}`,
      ),
      followUps: await rowsOf(
        database,
        sql`select programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at)::text as week,
                   coalesce(b.province::text, '') || '/' || coalesce(left(b.nace_code, 2), '') as place,
                   f.owner_id::text, f.kind::text || '/' || f.status::text as kind, count(*) as n
            from follow_ups f join businesses b on b.id = f.business_id group by 1, 2, 3, 4 ${order}`,
      ),
      followUpsAllSectors: await rowsOf(
        database,
        sql`select programme_follow_up_week(f.status, f.happened_at, f.due_at, f.created_at)::text as week, coalesce(b.province::text, '') as province,
                   f.owner_id::text, f.kind::text || '/' || f.status::text as kind, count(*) as n
            from follow_ups f join businesses b on b.id = f.business_id group by 1, 2, 3, 4 ${order}`,
      ),
      openDays: await rowsOf(
        database,
        sql`select due_day::text, province, division, sum(n) as n from (
              select programme_due_day(f.status, f.due_at) as due_day, coalesce(b.province::text, '') as province, coalesce(left(b.nace_code, 2), '') as division, 1 as n
              from follow_ups f join businesses b on b.id = f.business_id where programme_due_day(f.status, f.due_at) is not null
              union all
              select programme_due_day(f.status, f.due_at), coalesce(b.province::text, ''), '*', 1
              from follow_ups f join businesses b on b.id = f.business_id where programme_due_day(f.status, f.due_at) is not null
            ) as days group by 1, 2, 3 order by 1, 2, 3`,
      ),
    },
  };
}

async function expectCountsMatchRecount(step: string) {
  const { stored, recounted } = await storedAndRecounted(db());
  expect(stored, step).toEqual(recounted);
}

/** A small seeded generator, so a failing series can be replayed (the seed is in the failure message). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const NACE_CODES = ['56.101', '56.102', '47.711', '47.241', '93.130', '96.021', '62.010', '10.712'];
const POSTCODES = ['3500', '2000', '9000', '4000', '1000', '8000', '5000', '6000'];

describe('the programme counts', () => {
  it('equal a recount from scratch after a random series of profile edits, imports, re-classifications and deletions', async () => {
    const seed = Number(process.env.COUNTS_SEED ?? Date.now() % 1_000_000);
    const random = generator(seed);
    const staff = await viewerFor('staff@kantelpunt.demo');
    const advisor = await viewerFor('adviseur.limburg@kantelpunt.demo');
    await expectCountsMatchRecount(`seed ${seed}: the demo data`);

    const members: Viewer[] = [];
    let serial = 0;
    const profile = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
      name: `Telling ${serial}`,
      enterpriseNumber: enterpriseNumberFrom(String(9300000 + serial).padStart(8, '0')),
      naceCode: random.pick(NACE_CODES),
      naceVersion: '2008',
      postcode: random.pick(POSTCODES),
      locality: '',
      employeesBand: '1-4',
      revenueChangePct: Math.round(random.next() * 160) - 80,
      needs: [],
      contactConsent: true,
      consentWording: 'Ik ga akkoord.',
      ...overrides,
    });
    const randomStatuses = () => Object.fromEntries(CHANNELS.map((channel) => [channel, random.pick(CHANNEL_STATUSES)])) as Record<Channel, ChannelStatus>;
    const versionOf = async (member: Viewer) =>
      (await db().select({ version: businesses.version }).from(businesses).where(eq(businesses.ownerId, member.id)))[0]?.version ?? null;

    const someLimburgBusiness = async () => {
      const [business] = await db()
        .select({ id: businesses.id })
        .from(businesses)
        .where(eq(businesses.province, 'BE-VLI'))
        .orderBy(sql`md5(${businesses.id}::text || ${String(random.next())})`)
        .limit(1);
      return business!;
    };

    const operations: Record<string, () => Promise<void>> = {
      'a new member saves a profile and channels': async () => {
        serial += 1;
        const email = `telling-${seed}-${serial}@example.be`;
        await registerMember(
          db(),
          { name: `Telling ${serial}`, email, password: 'een lange zin als wachtwoord', locale: 'nl' },
          { appUrl: 'http://t', smtpConfigured: false },
        );
        await db().update(users).set({ status: 'active' }).where(eq(users.email, email));
        const member = await viewerFor(email);
        expect((await saveOwnProfile(db(), member, profile(), null)).ok).toBe(true);
        expect((await saveOwnChannels(db(), member, randomStatuses(), (await versionOf(member))!)).ok).toBe(true);
        members.push(member);
      },
      'a member moves province and sector': async () => {
        const member = members.length ? random.pick(members) : null;
        const version = member ? await versionOf(member) : null;
        if (!member || version === null) return;
        const [own] = await db().select().from(businesses).where(eq(businesses.ownerId, member.id));
        const moved = profile({ name: own!.name, enterpriseNumber: own!.enterpriseNumber });
        expect((await saveOwnProfile(db(), member, moved, version)).ok).toBe(true);
      },
      'a member changes channels': async () => {
        const member = members.length ? random.pick(members) : null;
        const version = member ? await versionOf(member) : null;
        if (!member || version === null) return;
        expect((await saveOwnChannels(db(), member, randomStatuses(), version)).ok).toBe(true);
      },
      'staff import a member list': async () => {
        const existing = await db().select().from(businesses).orderBy(asc(businesses.enterpriseNumber)).limit(20);
        const updated = random.pick(existing);
        const lines = ['Ondernemingsnummer;Naam;NACE-code;Postcode;Gemeente;Werknemers;Omzetwijziging (%)'];
        for (let i = 0; i < 3; i++) {
          serial += 1;
          lines.push(
            `${enterpriseNumberFrom(String(9400000 + serial).padStart(8, '0'))};Import ${serial};${random.pick(NACE_CODES)};${random.pick(POSTCODES)};;;${Math.round(random.next() * 100) - 50}`,
          );
        }
        lines.push(
          `${updated.enterpriseNumber};${updated.name};${random.pick(NACE_CODES)};${random.pick(POSTCODES)};;;${Math.round(random.next() * 100) - 50}`,
        );
        const id = await createMemberImport(db(), staff, `telling-${serial}.csv`, new TextEncoder().encode(lines.join('\r\n')));
        const upload = await getMemberImport(db(), staff, id);
        expect(await startImportCheck(db(), staff, id, upload!.mapping!)).toEqual({ ok: true });
        await runPendingJobs(db());
        expect(await startImportApply(db(), staff, id)).toEqual({ ok: true });
        await runPendingJobs(db());
      },
      'staff change a sector’s exposure and the members are re-classified': async () => {
        await changeSectorImpact(db(), staff, random.pick(['56', '47', '93.1', '96']), random.pick(EXPOSURES), null, 'Telling');
        await runPendingJobs(db());
      },
      'an advisor overrides a class': async () => {
        const business = await someLimburgBusiness();
        const chosen = random.pick([...CRISIS_CLASSES.filter((c) => c !== 'unknown'), null]);
        await overrideClass(db(), advisor, business!.id, chosen, 'Telling');
      },
      'an advisor logs a contact or plans a follow-up': async () => {
        const business = await someLimburgBusiness();
        const done = random.next() < 0.6;
        const when = new Date(Date.now() + Math.round((random.next() - 0.5) * 60) * 86_400_000);
        const result = await createFollowUp(db(), advisor, {
          businessId: business.id,
          kind: random.pick(FOLLOW_UP_KINDS),
          happenedAt: done ? new Date(Math.min(when.getTime(), Date.now())) : null,
          summary: 'Telling',
          nextStep: null,
          nextStepShared: false,
          dueAt: done ? null : when,
          ownerId: advisor.id,
          status: done ? 'done' : 'open',
          cancelReason: null,
          idempotencyKey: `telling-${seed}-${(serial += 1)}`,
          confirmPastDue: true,
        });
        expect(result.ok).toBe(true);
      },
      'an advisor completes or cancels a follow-up': async () => {
        const [open] = await db()
          .select({ id: followUps.id, version: followUps.version })
          .from(followUps)
          .where(and(eq(followUps.ownerId, advisor.id), eq(followUps.status, 'open')))
          .orderBy(sql`md5(${followUps.id}::text || ${String(random.next())})`)
          .limit(1);
        if (!open) return;
        const result =
          random.next() < 0.5
            ? await completeFollowUp(db(), advisor, open.id, open.version, { happenedAt: null, outcome: null, next: null })
            : await cancelFollowUp(db(), advisor, open.id, open.version, 'Telling');
        expect(result.ok).toBe(true);
      },
      'a member closes their account': async () => {
        const member = members.pop();
        if (member) await closeOwnAccount(db(), member);
      },
      'the counts are folded': async () => {
        expect(await compactProgrammeCounts(db())).toBe(true);
      },
    };
    const names = Object.keys(operations);
    for (let step = 1; step <= 32; step++) {
      const name = random.pick(names);
      await operations[name]!();
      await expectCountsMatchRecount(`seed ${seed}, step ${step}: ${name}`);
    }
    // Folded, each key is one row again, and the figures are unchanged.
    await compactProgrammeCounts(db());
    await expectCountsMatchRecount(`seed ${seed}: after the last fold`);
    const [folded] = (
      (await db().execute(
        sql`select count(*)::int as rows, count(distinct (province, division, effective_class, score_band))::int as keys from business_counts`,
      )) as unknown as { rows: Array<{ rows: number; keys: number }> }
    ).rows;
    expect(folded!.rows).toBe(folded!.keys);
  });

  it('show staff everything and advisors their regions, and members nothing', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const limburg = await viewerFor('adviseur.limburg@kantelpunt.demo');
    const member = await viewerFor('frituur@kantelpunt.demo');
    const total = (rows: Array<{ businesses: number }>) => rows.reduce((sum, row) => sum + row.businesses, 0);
    expect(total(await classCounts(db(), staff))).toBe(await db().$count(businesses));
    const mine = await classCounts(db(), limburg);
    expect(new Set(mine.map((row) => row.province))).toEqual(new Set(limburg.regions));
    expect(total(mine)).toBe(await db().$count(businesses, eq(businesses.province, 'BE-VLI')));
    // A filter narrows within the scope and never widens it.
    expect(await classCounts(db(), limburg, { province: 'BE-WLG' })).toEqual([]);
    const retail = await classCounts(db(), staff, { division: '47' });
    expect(total(retail)).toBe(await db().$count(businesses, sql`left(${businesses.naceCode}, 2) = '47'`));
    expect(new Set((await channelStatusCounts(db(), limburg)).map((row) => row.channel)).size).toBeGreaterThan(0);
    await expect(classCounts(db(), member)).rejects.toBeInstanceOf(AccessDenied);
    await expect(classCounts(db(), null)).rejects.toBeInstanceOf(AccessDenied);
  });
});
