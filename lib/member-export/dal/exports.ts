import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditEvents, businesses, naceCodes, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { AppLocale } from '@/i18n/routing';
import { TIME_ZONE } from '@/lib/domain/brussels-time';
import { triageSearchParams, type TriageQuery } from '@/lib/triage/query';
import { AccessDenied, requireRole } from '@/lib/dal/access';
import { recordAuditWithRetries } from './audit';
import { claimExportSlot, EXPORT_LIMITS, type ExportLimits } from './slots';
import { keyColumns, keysetPages, type Keyed, type KeysetOrder } from './keyset';
import { withinScope } from '@/lib/dal/business-scope';
import { naceLabelColumn } from '@/lib/dal/nace';
import type { Viewer } from '@/lib/dal/load-viewer';
import { advisor, nextOwner, orderBy, sortColumn, triageConditions } from '@/lib/dal/triage';

export const EXPORT_FORMATS = ['csv_excel', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  purpose: string;
  /** The triage view to export (filters and sort; paging is ignored). */
  query: TriageQuery;
  /** When rows were selected in the table: only these (still within the view's scope). */
  ids: string[];
}

/** One exported member as the database hands it over: names, not ids; times as Brussels wall-clock text. */
export interface ExportRow {
  name: string;
  enterprise_number: string;
  postcode: string | null;
  locality: string | null;
  province: string | null;
  nace_code: string | null;
  sector: string | null;
  employees_band: string | null;
  revenue_change_pct: number | null;
  digital_score: number | null;
  effective_class: string;
  computed_class: string;
  override_class: string | null;
  override_reason: string | null;
  class_reasons: string;
  coaching_priority: number;
  advisor: string | null;
  last_contact: string | null;
  next_follow_up: string | null;
  next_owner: string | null;
  /** "website=in_use,webshop=planned,…" */
  channels: string | null;
  updated: string;
}

const BATCH = 1_000;
/**
 * A download that asks for nothing more for this long is given up, so its slots free. Long: a
 * client reading at 1 kB/s takes several minutes over one batch of 1,000 rows.
 */
const IDLE_TIMEOUT_MS = 10 * 60_000;

/** What an export hands its file writer: the batches in order; `return()` ends it early (a cancelled download). */
export interface ExportBatches {
  next(): Promise<IteratorResult<ExportRow[], unknown>>;
  return(value?: undefined): Promise<unknown>;
}

/** Staff may export; advisors only when staff granted them the permission (and then their regions). */
function requireExporter(viewer: Viewer | null): Viewer {
  const who = requireRole(viewer, ['advisor', 'staff']);
  if (!who.canExport) throw new AccessDenied('forbidden');
  return who;
}

const brusselsText = (column: SQL) => sql`to_char(${column} at time zone ${TIME_ZONE}, 'YYYY-MM-DD HH24:MI')`;

function exportQuery(db: Database, who: Viewer, request: ExportRequest, locale: AppLocale) {
  const conditions = triageConditions(request.query, who);
  if (request.ids.length > 0) conditions.push(inArray(businesses.id, request.ids));
  const where = withinScope(who, and(...conditions) as SQL | undefined);
  const label = naceLabelColumn(locale);
  const fields = {
    name: businesses.name,
    enterprise_number: businesses.enterpriseNumber,
    postcode: businesses.postcode,
    locality: businesses.locality,
    province: businesses.province,
    nace_code: businesses.naceCode,
    sector: sql`${label}`.as('sector'),
    employees_band: businesses.employeesBand,
    revenue_change_pct: businesses.revenueChangePct,
    digital_score: businesses.digitalScore,
    effective_class: businesses.effectiveClass,
    computed_class: businesses.computedClass,
    override_class: businesses.overrideClass,
    override_reason: businesses.overrideReason,
    class_reasons: sql`${businesses.classReasons}::text`.as('class_reasons'),
    coaching_priority: businesses.coachingPriority,
    advisor: sql`${advisor.name}`.as('advisor'),
    last_contact: brusselsText(sql`${businesses.lastContactAt}`).as('last_contact'),
    next_follow_up: brusselsText(sql`${businesses.nextFollowUpAt}`).as('next_follow_up'),
    next_owner: sql`${nextOwner.name}`.as('next_owner'),
    // Ten rows per business folded into one text, so the export needs no second query per row.
    channels: sql`(select string_agg(cs.channel::text || '=' || cs.status::text, ',') from channel_statuses cs where cs.business_id = ${businesses.id})`.as(
      'channels',
    ),
    updated: brusselsText(sql`${businesses.updatedAt}`).as('updated'),
  };
  const order: KeysetOrder = { ...sortColumn(request.query.sort), dir: request.query.dir, id: sql`${businesses.id}` };
  const rows = (selected: typeof fields, condition: SQL | undefined) =>
    db
      .select(selected)
      .from(businesses)
      .leftJoin(naceCodes, and(eq(naceCodes.code, businesses.naceCode), eq(naceCodes.version, businesses.naceVersion)))
      .leftJoin(advisor, eq(advisor.id, businesses.assignedAdvisorId))
      .leftJoin(nextOwner, eq(nextOwner.id, businesses.nextFollowUpOwnerId))
      .where(condition);
  return {
    where,
    /** The whole list in one query (what the benchmark's COPY reads). */
    whole: () => rows(fields, where).orderBy(...orderBy(request.query.sort, request.query.dir)),
    /** One page after a key (lib/member-export/dal/keyset.ts), read as raw rows: no per-row mapping on the export's hot path. */
    page: async ({ after, orderBy: pageOrder, limit }: { after: SQL | undefined; orderBy: SQL[]; limit: number }) => {
      const query = rows({ ...fields, ...keyColumns(order) }, after ? and(where, after) : where)
        .orderBy(...pageOrder)
        .limit(limit);
      const result = (await db.execute(query)) as unknown as { rows: Array<ExportRow & Keyed> };
      return result.rows;
    },
    order,
  };
}

/** The SQL of an export (for the benchmark, which times PostgreSQL's own COPY of the same query). */
export function exportSql(db: Database, viewer: Viewer | null, request: ExportRequest, locale: AppLocale) {
  return exportQuery(db, requireExporter(viewer), request, locale).whole().toSQL();
}

/**
 * A member list for export: the viewer's scope and the triage view's filters and sort (or the
 * selected rows), read in batches of 1,000 as the download consumes them, each batch one short
 * query (lib/member-export/dal/keyset.ts): no connection is held while the download takes its time, so slow
 * downloads cannot starve the pool. At most a few exports run at once per instance and per user
 * (ExportsBusy otherwise, before anything is read). The audit event (who, format, filters,
 * purpose, rows written, and whether it completed) is written exactly once when the download
 * ends, however it ends.
 */
export async function openExport(
  db: Database,
  viewer: Viewer | null,
  request: ExportRequest,
  locale: AppLocale,
  ip?: string,
  options: { limits?: ExportLimits; batchSize?: number } = {},
): Promise<{ total: number; batches: ExportBatches }> {
  const who = requireExporter(viewer);
  const query = exportQuery(db, who, request, locale);
  const slot = await claimExportSlot(db, who.id, options.limits ?? EXPORT_LIMITS);
  const audit = (action: string, rowCount?: number) => ({
    actorId: who.id,
    actorRole: who.role,
    action,
    entityType: 'business',
    filters: { view: triageSearchParams(request.query, { page: 1 }).toString(), selected: request.ids.length },
    rowCount,
    details: { format: request.format, purpose: request.purpose },
    ip,
  });
  let total: number;
  try {
    [{ total } = { total: 0 }] = await db
      .select({ total: sql<number>`count(*)::int` })
      .from(businesses)
      .where(query.where);
    // Recorded before any row leaves, so even an export cut off by a crash is on record.
    await recordAudit(db, audit('export.started', total));
  } catch (error) {
    await slot.release();
    throw error;
  }

  const pages = keysetPages(query.order, query.page, options.batchSize ?? BATCH);
  let written = 0;
  let outcome: 'running' | 'completed' | 'failed' = 'running';
  let idle: NodeJS.Timeout | undefined;
  let ending: Promise<void> | undefined;
  const end = (completed: boolean) => {
    ending ??= (async () => {
      outcome = completed ? 'completed' : 'failed';
      clearTimeout(idle);
      await pages.return(undefined).catch(() => undefined);
      await recordAuditWithRetries(db, audit(completed ? 'export.completed' : 'export.failed', written));
      await slot.release();
    })();
    return ending;
  };
  const watchIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void end(false), IDLE_TIMEOUT_MS);
    idle.unref();
  };
  watchIdle();
  const finished = { done: true, value: undefined } as const;

  const batches: ExportBatches = {
    async next() {
      if (outcome === 'completed') return finished;
      if (outcome === 'failed') throw new Error('the export was given up');
      clearTimeout(idle);
      let next: IteratorResult<ExportRow[]>;
      try {
        next = await pages.next();
      } catch (error) {
        await end(false);
        throw error;
      }
      if (next.done) {
        await end(true);
        return finished;
      }
      written += next.value.length;
      watchIdle();
      return { done: false, value: next.value };
    },
    async return() {
      await end(false);
      return finished;
    },
  };
  return { total, batches };
}

/** Every export, newest first, with who made it: for staff (GDPR accountability). */
export async function exportHistory(db: Database, viewer: Viewer | null) {
  requireRole(viewer, ['staff']);
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.createdAt,
      action: auditEvents.action,
      who: users.name,
      rowCount: auditEvents.rowCount,
      filters: auditEvents.filters,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(inArray(auditEvents.action, ['export.completed', 'export.failed']))
    .orderBy(desc(auditEvents.createdAt))
    .limit(200);
}
