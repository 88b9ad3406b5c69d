import 'server-only';
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  businessCounts,
  businesses,
  classChangeCounts,
  classificationHistory,
  followUpCounts,
  followUps as followUpsTable,
  openFollowUpDays,
  scoreChangeCounts,
  users,
} from '@/db/schema';
import type { CrisisClass } from '@/lib/domain/classification';
import type { FollowUpKind, FollowUpStatus } from '@/lib/domain/follow-ups';
import { LOSING_CLASSES } from '@/lib/programme/periods';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import { countsScope, rolledScope, type CountsFilter } from './programme-counts';
import type { Viewer } from './load-viewer';

/*
 * The programme's movement over time (migration 0011_programme_history): class changes by month,
 * scores against the first assessment, follow-ups by week. Like lib/dal/programme-counts.ts, each
 * figure adds up the counts the database keeps, scoped to the viewer, never the membership itself.
 */

export interface ClassChangeCount {
  /** The first day of the month, "2026-03-01". */
  month: string;
  fromClass: CrisisClass;
  toClass: CrisisClass;
  /** How long after the first logged contact: -1 none before, 0 ≤ 30 days, 1 ≤ 90, 2 ≤ 180, 3 later. */
  contactBand: number;
  businesses: number;
}

/** Class changes in the viewer's scope from the month `fromMonth` ("2026-03-01") on. */
export async function classChangesByMonth(db: Database, viewer: Viewer | null, filter: CountsFilter, fromMonth: string): Promise<ClassChangeCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const t = classChangeCounts;
  return db
    .select({
      month: sql<string>`${t.month}::text`,
      fromClass: t.fromClass,
      toClass: t.toClass,
      contactBand: t.contactBand,
      businesses: sql<number>`sum(${t.businesses})::int`,
    })
    .from(t)
    .where(and(rolledScope(t, scoped, filter), gte(t.month, fromMonth)))
    .groupBy(t.month, t.fromClass, t.toClass, t.contactBand)
    .having(sql`sum(${t.businesses}) <> 0`)
    .orderBy(t.month);
}

export interface ScoreBandCount {
  /** The tens of the score (0–9, 100 in 9); -1 without a score. */
  scoreBand: number;
  businesses: number;
}

/** The members in scope by digital-score band. */
export async function scoreBandCounts(db: Database, viewer: Viewer | null, filter: CountsFilter): Promise<ScoreBandCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const t = businessCounts;
  return db
    .select({ scoreBand: t.scoreBand, businesses: sql<number>`sum(${t.businesses})::int` })
    .from(t)
    .where(countsScope(t, scoped, filter))
    .groupBy(t.scoreBand)
    .having(sql`sum(${t.businesses}) <> 0`)
    .orderBy(t.scoreBand);
}

export interface ScoreChangeCount {
  coached: boolean;
  /** -1 down, 0 the same, 1 up 1–9, 2 up 10–19, 3 up 20 or more. */
  changeBand: number;
  businesses: number;
  /** The points gained (or lost) together, for the mean. */
  changeSum: number;
}

/** How the members' scores moved since their first assessment, coached (a contact logged) or not yet. */
export async function scoreChanges(db: Database, viewer: Viewer | null, filter: CountsFilter): Promise<ScoreChangeCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const t = scoreChangeCounts;
  return db
    .select({
      coached: t.coached,
      changeBand: t.changeBand,
      businesses: sql<number>`sum(${t.businesses})::int`,
      changeSum: sql<number>`sum(${t.changeSum})::int`,
    })
    .from(t)
    .where(countsScope(t, scoped, filter))
    .groupBy(t.coached, t.changeBand)
    .having(sql`sum(${t.businesses}) <> 0`);
}

export interface FollowUpWeekCount {
  /** The Monday of the week, "2026-03-02". */
  week: string;
  ownerId: string;
  ownerName: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  followUps: number;
}

/** Follow-ups in scope by week, advisor, kind and status, from the week of `fromDay` to this week (later ones are plans, not activity). */
export async function followUpsByWeek(db: Database, viewer: Viewer | null, filter: CountsFilter, fromDay: string): Promise<FollowUpWeekCount[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const t = followUpCounts;
  return db
    .select({
      week: sql<string>`${t.week}::text`,
      ownerId: sql<string>`${t.ownerId}::text`,
      ownerName: sql<string>`coalesce(${users.name}, '')`,
      kind: t.kind,
      status: t.status,
      followUps: sql<number>`sum(${t.followUps})::int`,
    })
    .from(t)
    .leftJoin(users, eq(users.id, t.ownerId))
    .where(and(rolledScope(t, scoped, filter), sql`${t.week} between programme_week(${fromDay}::date) and programme_week(now())`))
    .groupBy(t.week, t.ownerId, users.name, t.kind, t.status)
    .having(sql`sum(${t.followUps}) <> 0`)
    .orderBy(t.week);
}

/**
 * Open follow-ups in scope whose due time has passed: those due on an earlier day from the counts
 * of due days, those due earlier today from the follow-ups themselves (on the partial index of the
 * open ones: one day's worth at most).
 */
export async function overdueFollowUps(db: Database, viewer: Viewer | null, filter: CountsFilter): Promise<number> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const t = openFollowUpDays;
  const today = sql`(now() at time zone 'Europe/Brussels')::date`;
  const [earlier] = await db
    .select({ n: sql<number>`coalesce(sum(${t.followUps}), 0)::int` })
    .from(t)
    .where(and(rolledScope(t, scoped, filter), sql`${t.dueDay} < ${today}`));
  const [current] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(followUpsTable)
    .innerJoin(businesses, eq(businesses.id, followUpsTable.businessId))
    .where(
      withinScope(
        scoped,
        and(
          eq(followUpsTable.status, 'open'),
          sql`${followUpsTable.dueAt} >= (${today}::timestamp at time zone 'Europe/Brussels') and ${followUpsTable.dueAt} < now()`,
          filter.province ? eq(businesses.province, filter.province) : undefined,
          filter.division ? sql`left(${businesses.naceCode}, 2) = ${filter.division}` : undefined,
        ),
      ),
    );
  return (earlier?.n ?? 0) + (current?.n ?? 0);
}

export interface TippedMember {
  businessId: string;
  name: string;
  locality: string | null;
  fromClass: CrisisClass;
  changedAt: Date;
  /** Who coached the member: the advisor of the last contact before the change, else the one assigned. */
  advisorName: string | null;
  /** Contacts logged with the member before the change. */
  contacts: number;
}

/**
 * The members in scope (where they are now) who went from a losing class to winner since `since`,
 * newest first, at most `limit` of them (on the index of class changes by transition and time).
 * How many there are in all comes from the counts (classChangesByMonth), not from here.
 */
export async function tippedToWinner(db: Database, viewer: Viewer | null, filter: CountsFilter, since: Date, limit: number): Promise<TippedMember[]> {
  const scoped = requireRole(viewer, ['advisor', 'staff']);
  const h = classificationHistory;
  const contactBefore = sql`f.business_id = ${h.businessId} and f.status = 'done' and f.happened_at <= ${h.createdAt}`;
  // One query per losing class, each reading the index of transitions newest first and stopping at
  // `limit`; merged here. (Both classes in one query would sort every change of the period.)
  const newestFrom = (fromClass: (typeof LOSING_CLASSES)[number]) =>
    db
      .select({
        businessId: businesses.id,
        name: businesses.name,
        locality: businesses.locality,
        fromClass: sql<CrisisClass>`${h.fromClass}`,
        changedAt: h.createdAt,
        advisorName: sql<string | null>`coalesce(
        (select u.name from follow_ups f join users u on u.id = f.owner_id where ${contactBefore} order by f.happened_at desc limit 1), ${users.name})`,
        contacts: sql<number>`(select count(*)::int from follow_ups f where ${contactBefore})`,
      })
      .from(h)
      .innerJoin(businesses, eq(businesses.id, h.businessId))
      .leftJoin(users, eq(users.id, businesses.assignedAdvisorId))
      .where(
        withinScope(
          scoped,
          and(
            eq(h.toClass, 'winner'),
            eq(h.fromClass, fromClass),
            gte(h.createdAt, since),
            filter.province ? eq(businesses.province, filter.province) : undefined,
            filter.division ? sql`left(${businesses.naceCode}, 2) = ${filter.division}` : undefined,
          ),
        ),
      )
      .orderBy(desc(h.createdAt), desc(h.id))
      .limit(limit);
  const lists = await Promise.all(LOSING_CLASSES.map(newestFrom));
  return lists
    .flat()
    .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime())
    .slice(0, limit);
}
