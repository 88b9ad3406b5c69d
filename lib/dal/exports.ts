import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditEvents, businesses, naceCodes, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { AppLocale } from '@/i18n/routing';
import { Handoff } from '@/lib/streams/handoff';
import { triageSearchParams, type TriageQuery } from '@/lib/triage/query';
import { AccessDenied, requireRole } from './access';
import { withinScope } from './business-scope';
import type { Viewer } from './load-viewer';
import { advisor, nextOwner, orderBy, triageConditions } from './triage';

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
/** A download that takes nothing for this long is given up, so its cursor (and on PGlite the database) is released. */
const IDLE_TIMEOUT_MS = 60_000;

/** Staff may export; advisors only when staff granted them the permission (and then their regions). */
export function requireExporter(viewer: Viewer | null): Viewer {
  const who = requireRole(viewer, ['advisor', 'staff']);
  if (!who.canExport) throw new AccessDenied('forbidden');
  return who;
}

const brusselsText = (column: SQL) => sql`to_char(${column} at time zone 'Europe/Brussels', 'YYYY-MM-DD HH24:MI')`;

function exportQuery(db: Database, who: Viewer, request: ExportRequest, locale: AppLocale) {
  const conditions = triageConditions(request.query, who);
  if (request.ids.length > 0) conditions.push(inArray(businesses.id, request.ids));
  const where = withinScope(who, and(...conditions) as SQL | undefined);
  const label = locale === 'fr' ? naceCodes.labelFr : locale === 'en' ? naceCodes.labelEn : naceCodes.labelNl;
  return {
    where,
    select: db
      .select({
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
        channels: sql`(select string_agg(cs.channel::text || '=' || cs.status::text, ',') from channel_statuses cs where cs.business_id = ${businesses.id})`.as('channels'),
        updated: brusselsText(sql`${businesses.updatedAt}`).as('updated'),
      })
      .from(businesses)
      .leftJoin(naceCodes, and(eq(naceCodes.code, businesses.naceCode), eq(naceCodes.version, businesses.naceVersion)))
      .leftJoin(advisor, eq(advisor.id, businesses.assignedAdvisorId))
      .leftJoin(nextOwner, eq(nextOwner.id, businesses.nextFollowUpOwnerId))
      .where(where)
      .orderBy(...orderBy(request.query.sort, request.query.dir)),
  };
}

/** The SQL of an export (for the benchmark, which times PostgreSQL's own COPY of the same query). */
export function exportSql(db: Database, viewer: Viewer | null, request: ExportRequest, locale: AppLocale) {
  return exportQuery(db, requireExporter(viewer), request, locale).select.toSQL();
}

/**
 * A member list for export: the viewer's scope and the triage view's filters and sort (or the
 * selected rows), read through a database cursor in batches of 1,000 as the download consumes
 * them, so the whole list is never held in memory. The audit event (who, format, filters,
 * purpose, rows written, and whether it completed) is written when the download ends, however it ends.
 */
export async function openExport(db: Database, viewer: Viewer | null, request: ExportRequest, locale: AppLocale, ip?: string): Promise<{ total: number; batches: AsyncGenerator<ExportRow[]> }> {
  const who = requireExporter(viewer);
  const { select, where } = exportQuery(db, who, request, locale);
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(businesses).where(where);
  const audit = (action: string, rowCount?: number) =>
    recordAudit(db, {
      actorId: who.id,
      actorRole: who.role,
      action,
      entityType: 'business',
      filters: { view: triageSearchParams(request.query, { page: 1 }).toString(), selected: request.ids.length },
      rowCount,
      details: { format: request.format, purpose: request.purpose },
      ip,
    });
  // Recorded before any row leaves, so even an export cut off by a crash is on record.
  await audit('export.started', total);

  async function* batches(): AsyncGenerator<ExportRow[]> {
    // The cursor is opened only once the download starts reading, so nothing waits on a reader that never comes.
    const handoff = new Handoff<ExportRow[]>(IDLE_TIMEOUT_MS);
    const reading = db
      .transaction(async (tx) => {
        await tx.execute(sql`declare member_export no scroll cursor for ${select}`);
        for (;;) {
          const result = await tx.execute(sql.raw(`fetch ${BATCH} from member_export`));
          const rows = (result as unknown as { rows: ExportRow[] }).rows;
          if (rows.length === 0) break;
          await handoff.put(rows);
        }
      })
      .then(
        () => handoff.end(),
        (error: Error) => handoff.end(error),
      );
    let written = 0;
    let completed = false;
    try {
      for (;;) {
        const next = await handoff.take();
        if (next.done) break;
        written += next.value.length;
        yield next.value;
      }
      completed = true;
    } finally {
      handoff.cancel();
      await reading;
      await audit(completed ? 'export.completed' : 'export.failed', written);
    }
  }
  return { total, batches: batches() };
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
