import { describe, expect, it } from 'vitest';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { businesses, classificationHistory, followUps } from '@/db/schema';
import { AccessDenied } from '@/lib/dal/access';
import { overrideClass } from '@/lib/dal/classification';
import { createFollowUp } from '@/lib/dal/follow-ups';
import { classChangesByMonth, followUpsByWeek, overdueFollowUps, scoreChanges, tippedToWinner } from '@/lib/dal/programme-history';
import { LOSING_CLASSES, monthOf } from '@/lib/programme/periods';
import { brusselsDay } from '@/lib/domain/brussels-time';
import { classCounts } from '@/lib/dal/programme-counts';
import { listTriage } from '@/lib/dal/triage';
import { DEFAULT_QUERY } from '@/lib/triage/query';
import { demoDatabaseForThisFile } from './test-database';

const { db, viewerFor } = demoDatabaseForThisFile();

const sum = (rows: Array<{ businesses?: number; followUps?: number }>) => rows.reduce((total, row) => total + (row.businesses ?? row.followUps ?? 0), 0);
const longAgo = new Date('2020-01-01T00:00:00Z');

describe('the programme over time', () => {
  it('has eighteen months of demo past: class changes, tipped members, scores and contacts', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const changes = await classChangesByMonth(db(), staff, {}, '2020-01-01');
    expect(new Set(changes.map((c) => c.month)).size).toBeGreaterThan(6);
    const members = await tippedToWinner(db(), staff, {}, longAgo, 10);
    const total = await db().$count(
      classificationHistory,
      and(eq(classificationHistory.toClass, 'winner'), inArray(classificationHistory.fromClass, [...LOSING_CLASSES])),
    );
    expect(total).toBeGreaterThan(0);
    expect(members.length).toBe(Math.min(10, total));
    // Newest first.
    expect(members.map((m) => m.changedAt.getTime())).toEqual(members.map((m) => m.changedAt.getTime()).sort((a, b) => b - a));
    const tippedInCounts = changes.filter((c) => c.toClass === 'winner' && (LOSING_CLASSES as readonly string[]).includes(c.fromClass));
    expect(sum(tippedInCounts)).toBe(total);

    const scored = await db().$count(
      businesses,
      and(eq(businesses.assessedAgain, true), isNotNull(businesses.digitalScore), isNotNull(businesses.firstDigitalScore)),
    );
    const progress = await scoreChanges(db(), staff, {});
    expect(sum(progress)).toBe(scored);
    // The demo's coached members moved more than the others.
    const mean = (coached: boolean) => {
      const rows = progress.filter((row) => row.coached === coached);
      return rows.reduce((total, row) => total + row.changeSum, 0) / sum(rows);
    };
    expect(mean(true)).toBeGreaterThan(mean(false));

    const weeks = await followUpsByWeek(db(), staff, {}, '2020-01-01');
    // Every follow-up up to this week; the ones due later are plans, not activity yet.
    expect(sum(weeks)).toBe(
      await db().$count(
        followUps,
        sql`programme_follow_up_week(${followUps.status}, ${followUps.happenedAt}, ${followUps.dueAt}, ${followUps.createdAt}) <= programme_week(now())`,
      ),
    );
  });

  it('keep to the viewer’s regions and refuse members', async () => {
    const limburg = await viewerFor('adviseur.limburg@kantelpunt.demo');
    const member = await viewerFor('frituur@kantelpunt.demo');
    const members = await tippedToWinner(db(), limburg, {}, longAgo, 100);
    const provinces = await db()
      .select({ province: businesses.province })
      .from(businesses)
      .where(
        inArray(
          businesses.id,
          members.map((m) => m.businessId),
        ),
      );
    expect(new Set(provinces.map((p) => p.province))).toEqual(new Set(['BE-VLI']));
    const weeks = await followUpsByWeek(db(), limburg, { province: 'BE-WLG' }, '2020-01-01');
    expect(weeks).toEqual([]);
    await expect(classChangesByMonth(db(), member, {}, '2020-01-01')).rejects.toBeInstanceOf(AccessDenied);
    await expect(overdueFollowUps(db(), member, {})).rejects.toBeInstanceOf(AccessDenied);
    await expect(tippedToWinner(db(), null, {}, longAgo, 5)).rejects.toBeInstanceOf(AccessDenied);
  });

  it('count a class change by how long after the first contact it came, and overdue follow-ups as they are', async () => {
    const advisor = await viewerFor('adviseur.limburg@kantelpunt.demo');
    const [business] = await db()
      .select({ id: businesses.id, effectiveClass: businesses.effectiveClass })
      .from(businesses)
      .where(and(eq(businesses.province, 'BE-VLI'), sql`${businesses.lastContactAt} is null`, eq(businesses.effectiveClass, 'shifter')))
      .limit(1);
    const thisMonth = monthOf(brusselsDay(new Date()));
    const winnersAfterContact = async () =>
      sum((await classChangesByMonth(db(), advisor, {}, thisMonth)).filter((c) => c.toClass === 'winner' && c.fromClass === 'shifter' && c.contactBand === 0));
    const before = await winnersAfterContact();
    const created = await createFollowUp(db(), advisor, {
      businessId: business!.id,
      kind: 'visit',
      happenedAt: new Date(Date.now() - 3 * 86_400_000),
      summary: 'Webshop besproken',
      nextStep: null,
      nextStepShared: false,
      dueAt: null,
      ownerId: advisor.id,
      status: 'done',
      cancelReason: null,
      idempotencyKey: 'history-test-contact',
      confirmPastDue: false,
    });
    expect(created.ok).toBe(true);
    await overrideClass(db(), advisor, business!.id, 'winner', 'Omzet hersteld na webshop');
    expect(await winnersAfterContact()).toBe(before + 1);
    // The change remembers where the business was and how long after the contact (three days) it came.
    const [change] = await db()
      .select({ province: classificationHistory.province, daysSinceContact: classificationHistory.daysSinceContact })
      .from(classificationHistory)
      .where(eq(classificationHistory.businessId, business!.id))
      .orderBy(sql`${classificationHistory.id} desc`)
      .limit(1);
    expect(change).toEqual({ province: 'BE-VLI', daysSinceContact: 3 });

    const overdue = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(followUps)
      .innerJoin(businesses, eq(businesses.id, followUps.businessId))
      .where(and(eq(followUps.status, 'open'), sql`${followUps.dueAt} < now()`, eq(businesses.province, 'BE-VLI')));
    expect(await overdueFollowUps(db(), advisor, {})).toBe(overdue[0]!.n);
  });

  it('send a sector segment to the triage table with the same members, a bare division code included', async () => {
    const staff = await viewerFor('staff@kantelpunt.demo');
    const [business] = await db()
      .select({ id: businesses.id })
      .from(businesses)
      .where(sql`${businesses.naceCode} like '56.%'`)
      .limit(1);
    await db().update(businesses).set({ naceCode: '56' }).where(eq(businesses.id, business!.id));
    const counted = sum(await classCounts(db(), staff, { division: '56' }));
    const listed = await listTriage(db(), staff, { ...DEFAULT_QUERY, sector: '56' });
    expect(listed.total).toBe(counted);
  });
});
