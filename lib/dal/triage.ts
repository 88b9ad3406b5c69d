import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, arrayContains, count, eq, gte, inArray, isNull, like, lt, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses, naceCodes, users } from '@/db/schema';
import type { SortId, TriageQuery } from '@/lib/triage/query';
import type { CrisisClass } from '@/lib/domain/classification';
import { searchNeedle } from '@/lib/domain/search-text';
import { EVERYDAY_WORDS_NACE_VERSION, everydayWordCodes } from '@/lib/nace/everyday-words';
import { requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';

export const advisor = alias(users, 'advisor');
export const nextOwner = alias(users, 'next_owner');

const TRIAGE_COLUMNS = {
  id: businesses.id,
  name: businesses.name,
  enterpriseNumber: businesses.enterpriseNumber,
  locality: businesses.locality,
  province: businesses.province,
  naceCode: businesses.naceCode,
  sectorNl: naceCodes.labelNl,
  sectorFr: naceCodes.labelFr,
  sectorEn: naceCodes.labelEn,
  computedClass: businesses.computedClass,
  overrideClass: businesses.overrideClass,
  effectiveClass: businesses.effectiveClass,
  coachingPriority: businesses.coachingPriority,
  manualPriority: businesses.manualPriority,
  digitalScore: businesses.digitalScore,
  revenueChangePct: businesses.revenueChangePct,
  channelsInUseCount: businesses.channelsInUseCount,
  advisorId: businesses.assignedAdvisorId,
  advisorName: advisor.name,
  lastContactAt: businesses.lastContactAt,
  nextFollowUpAt: businesses.nextFollowUpAt,
  nextFollowUpOwner: nextOwner.name,
  updatedAt: businesses.updatedAt,
  // Kept on the business row with every request and take-up (lib/dal/help-requests): no join for the badge.
  helpAskedAt: businesses.helpAskedAt,
};

export type TriageRow = {
  [K in keyof typeof TRIAGE_COLUMNS]: (typeof TRIAGE_COLUMNS)[K]['_']['data'] | null;
} & { id: string; name: string; coachingPriority: number; channelsInUseCount: number; effectiveClass: CrisisClass; computedClass: CrisisClass };

/** Sortable columns; `nullable` ones put empty values last in both directions. */
const SORT_COLUMNS: Record<SortId, { column: SQL; nullable: boolean }> = {
  priority: { column: sql`${businesses.coachingPriority}`, nullable: false },
  name: { column: sql`${businesses.name}`, nullable: false },
  locality: { column: sql`${businesses.locality}`, nullable: true },
  province: { column: sql`${businesses.province}`, nullable: true },
  sector: { column: sql`${businesses.naceCode}`, nullable: true },
  class: { column: sql`${businesses.effectiveClass}`, nullable: false },
  score: { column: sql`${businesses.digitalScore}`, nullable: true },
  revenue: { column: sql`${businesses.revenueChangePct}`, nullable: true },
  channels: { column: sql`${businesses.channelsInUseCount}`, nullable: false },
  advisor: { column: sql`${advisor.name}`, nullable: true },
  lastContact: { column: sql`${businesses.lastContactAt}`, nullable: true },
  nextFollowUp: { column: sql`${businesses.nextFollowUpAt}`, nullable: true },
  updated: { column: sql`${businesses.updatedAt}`, nullable: false },
};

/** The column a view sorts on, for walking the view page by page after a last-seen key. */
export function sortColumn(sort: SortId): { column: SQL; nullable: boolean } {
  return SORT_COLUMNS[sort];
}

/**
 * ORDER BY for a view: the column, then the id in the same direction as tie-breaker (pages never
 * overlap). NOT NULL columns get no NULLS clause, so the (column, id) indexes serve both
 * directions; an advisor sorting by score wants scores first, so empty values go last.
 */
export function orderBy(sort: SortId, dir: 'asc' | 'desc'): SQL[] {
  // Keep in step with lib/member-export/dal/keyset.ts, which walks this same order page by page.
  const { column, nullable } = SORT_COLUMNS[sort];
  const direction = sql.raw(dir);
  return [nullable ? sql`${column} ${direction} nulls last` : sql`${column} ${direction}`, sql`${businesses.id} ${direction}`];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter part of a view, as SQL conditions (scope is added by the caller). */
export function triageConditions(query: TriageQuery, viewer: Viewer): SQL[] {
  const conditions: SQL[] = [];
  if (query.provinces.length) conditions.push(inArray(businesses.province, query.provinces));
  if (query.classes.length) conditions.push(inArray(businesses.effectiveClass, query.classes));
  if (query.sector) {
    conditions.push(
      /^\d{2}$/.test(query.sector)
        ? // The division itself or any code under it: the programme counts by the code's first two digits, and a segment's link must show the same members.
          (or(eq(businesses.naceCode, query.sector), like(businesses.naceCode, `${query.sector}.%`)) as SQL)
        : sql`substring(${businesses.naceCode} from 1 for 2) in (select ${naceCodes.code} from ${naceCodes} where ${naceCodes.level} = 'division' and ${naceCodes.parentCode} = ${query.sector})`,
    );
  }
  if (query.uses) conditions.push(arrayContains(businesses.channelsInUse, [query.uses]));
  if (query.notUses) conditions.push(not(arrayContains(businesses.channelsInUse, [query.notUses])));
  switch (query.revenue) {
    case 'down_big':
      conditions.push(lte(businesses.revenueChangePct, -30));
      break;
    case 'down':
      conditions.push(and(sql`${businesses.revenueChangePct} > -30`, lt(businesses.revenueChangePct, -5)) as SQL);
      break;
    case 'flat':
      conditions.push(and(gte(businesses.revenueChangePct, -5), lte(businesses.revenueChangePct, 5)) as SQL);
      break;
    case 'up':
      conditions.push(sql`${businesses.revenueChangePct} > 5`);
      break;
    case 'unknown':
      conditions.push(isNull(businesses.revenueChangePct));
      break;
  }
  if (query.scoreMin !== undefined) conditions.push(gte(businesses.digitalScore, query.scoreMin));
  if (query.scoreMax !== undefined) conditions.push(lte(businesses.digitalScore, query.scoreMax));
  if (query.advisor === 'mine') conditions.push(eq(businesses.assignedAdvisorId, viewer.id));
  else if (query.advisor === 'unassigned') conditions.push(isNull(businesses.assignedAdvisorId));
  else if (query.advisor) conditions.push(eq(businesses.assignedAdvisorId, query.advisor));
  switch (query.followUp) {
    case 'overdue':
      conditions.push(lt(businesses.nextFollowUpAt, sql`now()`));
      break;
    case 'week':
      conditions.push(and(gte(businesses.nextFollowUpAt, sql`now()`), lt(businesses.nextFollowUpAt, sql`now() + interval '7 days'`)) as SQL);
      break;
    case 'planned':
      conditions.push(sql`${businesses.nextFollowUpAt} is not null`);
      break;
    case 'none':
      conditions.push(isNull(businesses.nextFollowUpAt));
      break;
  }
  // The partial index on help_asked_at (non-null rows only) serves this.
  if (query.help) conditions.push(sql`${businesses.helpAskedAt} is not null`);
  if (query.q) conditions.push(searchCondition(query.q));
  return conditions;
}

/**
 * The free-text search: the folded text (accents and case ignored, an enterprise number in any
 * notation as its ten digits) in name, number, locality or postcode; or, when the text is an
 * everyday trade word ("slager", "coiffeur"), a business registered under that trade's codes.
 */
function searchCondition(q: string): SQL {
  const needle = searchNeedle(q);
  const text = like(businesses.searchText, `%${escapeLike(needle)}%`);
  const codes = everydayWordCodes(needle);
  if (!codes.length) return text;
  const trade = and(eq(businesses.naceVersion, EVERYDAY_WORDS_NACE_VERSION), or(...codes.map((code) => like(businesses.naceCode, `${escapeLike(code)}%`))));
  return or(text, trade) as SQL;
}

/**
 * The queries behind a view (page, total, and the matching rows for the planner's estimate), built
 * only when asked for. The benchmark runs the same SQL raw.
 */
export function triageQueries(db: Database, viewer: Viewer, query: TriageQuery) {
  const where = withinScope(viewer, and(...triageConditions(query, viewer)) as SQL | undefined);
  return {
    page: () =>
      db
        .select(TRIAGE_COLUMNS)
        .from(businesses)
        .leftJoin(naceCodes, and(eq(naceCodes.code, businesses.naceCode), eq(naceCodes.version, businesses.naceVersion)))
        .leftJoin(advisor, eq(advisor.id, businesses.assignedAdvisorId))
        .leftJoin(nextOwner, eq(nextOwner.id, businesses.nextFollowUpOwnerId))
        .where(where)
        .orderBy(...orderBy(query.sort, query.dir))
        .limit(query.size)
        .offset((query.page - 1) * query.size),
    total: () => db.select({ total: count() }).from(businesses).where(where),
    matching: () => db.select({ id: businesses.id }).from(businesses).where(where),
  };
}

/** Above this many rows (by the planner's estimate) the total is estimated, not counted. */
export const EXACT_COUNT_LIMIT = 20_000;

/** EXPLAIN of a query, with its parameters inlined (EXPLAIN cannot take bind parameters here). */
function explainOf(query: { toSQL(): { sql: string; params: unknown[] } }): SQL {
  const { sql: text, params } = query.toSQL();
  return sql.raw(`explain (format json) ${inlineParams(text, params)}`);
}

/** The planner's row estimate for a query (EXPLAIN, no execution: about a millisecond). */
export async function estimateRows(db: Database, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<number> {
  return planRows(await db.execute(explainOf(query)));
}

/** The row estimate in an EXPLAIN (format json) result. */
function planRows(result: unknown): number {
  const plan = (result as { rows: Array<Record<string, unknown>> }).rows[0]?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{ Plan: { 'Plan Rows': number } }>;
  return parsed[0]?.Plan['Plan Rows'] ?? 0;
}

/** A string as an SQL literal. E'…' reads the same whatever standard_conforming_strings says. */
function quoteLiteral(text: string): string {
  return `E'${text.replace(/[\\']/g, (c) => (c === "'" ? "''" : '\\\\'))}'`;
}

/**
 * EXPLAIN cannot take bind parameters here; the values are the view's own (search text included),
 * quoted as literals. Exported for its tests, which run its output on a real database.
 */
export function inlineParams(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = params[Number(index) - 1];
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return quoteLiteral(value.toISOString());
    if (Array.isArray(value)) {
      const elements = value.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/(["\\])/g, '\\$1')}"`));
      return quoteLiteral(`{${elements.join(',')}}`);
    }
    return quoteLiteral(String(value));
  });
}

/** What a view needs to run: its page and count queries, built, and its EXPLAIN text. */
interface BuiltView {
  page: { execute(): Promise<unknown[]> };
  total: { execute(): Promise<Array<{ total: number }>> };
  explain: SQL;
}

const BUILT_VIEWS_KEPT = 500;
/** Per database (tests open many), the views built lately, least recently used first. */
const builtViews = new WeakMap<Database, Map<string, BuiltView>>();

/**
 * The view's queries, built once and kept for when the same viewer asks for the same view again (a reload, the
 * table refreshing after an action, a colleague's shared link for the same region). Building the SQL costs about
 * half a millisecond, as much as running it on its index. What is kept is the SQL text and its parameters, never
 * results: the key holds everything the SQL is built from (who asks, their role and regions, and the view).
 */
function builtView(db: Database, viewer: Viewer, query: TriageQuery): BuiltView {
  let views = builtViews.get(db);
  if (!views) builtViews.set(db, (views = new Map()));
  const key = JSON.stringify([viewer.id, viewer.role, viewer.regions, query]);
  let view = views.get(key);
  if (view) {
    views.delete(key); // re-inserted below: Map order is the recency order
  } else {
    const { page, total, matching } = triageQueries(db, viewer, query);
    view = { page: page().prepare(''), total: total().prepare(''), explain: explainOf(matching()) };
    if (views.size >= BUILT_VIEWS_KEPT) views.delete(views.keys().next().value!);
  }
  views.set(key, view);
  return view;
}

/**
 * The triage table's data: one page of the businesses the viewer may see, filtered and sorted as
 * the view says, with the total. Sorting is on an allowlisted column with the id as tie-breaker,
 * so pages never overlap. Counting a large result dominates at scale, so beyond
 * EXACT_COUNT_LIMIT the total is the planner's estimate, shown as "about"; smaller results are
 * counted exactly, side by side with reading the page.
 */
export async function listTriage(
  db: Database,
  viewer: Viewer | null,
  query: TriageQuery,
  // Tests lower it to run the estimated branch on a small database.
  { exactCountLimit = EXACT_COUNT_LIMIT }: { exactCountLimit?: number } = {},
): Promise<{ rows: TriageRow[]; total: number; estimated: boolean }> {
  const who = requireRole(viewer, ['advisor', 'staff']);
  const view = builtView(db, who, query);
  const estimate = planRows(await db.execute(view.explain));
  if (estimate > exactCountLimit) return { rows: (await view.page.execute()) as TriageRow[], total: Math.round(estimate), estimated: true };
  const [rows, [totalRow]] = await Promise.all([view.page.execute(), view.total.execute()]);
  return { rows: rows as TriageRow[], total: totalRow?.total ?? 0, estimated: false };
}
