import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs, memberImportRows, memberImports, users, type MemberImport } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { enqueueJob } from '@/lib/jobs/queue';
import { autoMapColumns, IMPORT_FIELDS, type ColumnMapping } from '@/lib/member-import/columns';
import { readMemberFile } from '@/lib/member-import/read-file';
import type { ImportAction } from '@/lib/member-import/check-rows';
import { requireRole } from '@/lib/dal/access';
import type { Viewer } from '@/lib/dal/load-viewer';

/** Only staff bring member lists in. */
function requireImporter(viewer: Viewer | null): Viewer {
  return requireRole(viewer, ['staff']);
}

const SAMPLE_ROWS = 5;
/** The file's bytes stay out of everything that is shown. */
const { fileData: _bytes, ...shownColumns } = getTableColumns(memberImports);

export type MemberImportView = Omit<MemberImport, 'fileData'> & { createdByName: string | null };

/**
 * Stores an uploaded member list in the database (so that whichever instance runs the dry run and the import can
 * read it), with its header, a few sample rows and a proposed column mapping. Throws ImportFileError for a file that
 * cannot be read; nothing is written then.
 */
export async function createMemberImport(db: Database, viewer: Viewer | null, fileName: string, bytes: Uint8Array, ip?: string): Promise<string> {
  const staff = requireImporter(viewer);
  const name = fileName.slice(0, 200);
  const file = await readMemberFile(name, bytes);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(memberImports)
      .values({
        createdBy: staff.id,
        fileName: name,
        fileFormat: file.format,
        fileSize: bytes.byteLength,
        fileSha256: createHash('sha256').update(bytes).digest('hex'),
        fileData: bytes,
        headers: file.headers,
        sample: file.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
        rowCount: file.rows.length,
        mapping: autoMapColumns(file.headers),
      })
      .returning({ id: memberImports.id });
    await recordAudit(tx, {
      actorId: staff.id,
      actorRole: 'staff',
      action: 'import.uploaded',
      entityType: 'member_import',
      entityId: created!.id,
      rowCount: file.rows.length,
      details: { fileName: name, format: file.format, bytes: bytes.byteLength },
      ip,
    });
    return created!.id;
  });
}

export async function getMemberImport(db: Database, viewer: Viewer | null, id: string): Promise<MemberImportView | null> {
  requireImporter(viewer);
  const [row] = await db
    .select({ ...shownColumns, createdByName: users.name })
    .from(memberImports)
    .leftJoin(users, eq(users.id, memberImports.createdBy))
    .where(eq(memberImports.id, id));
  return row ?? null;
}

/** The latest imports, newest first, for the imports page. */
export async function recentMemberImports(db: Database, viewer: Viewer | null, limit = 20): Promise<MemberImportView[]> {
  requireImporter(viewer);
  return db
    .select({ ...shownColumns, createdByName: users.name })
    .from(memberImports)
    .leftJoin(users, eq(users.id, memberImports.createdBy))
    .orderBy(desc(memberImports.createdAt))
    .limit(limit);
}

/** An earlier import of the very same file that went through, if any: staff are told before they import it again. */
export async function earlierImportOfSameFile(db: Database, viewer: Viewer | null, current: MemberImportView) {
  requireImporter(viewer);
  const [row] = await db
    .select({ id: memberImports.id, createdAt: memberImports.createdAt })
    .from(memberImports)
    .where(and(eq(memberImports.fileSha256, current.fileSha256), eq(memberImports.status, 'imported'), ne(memberImports.id, current.id)))
    .orderBy(desc(memberImports.createdAt))
    .limit(1);
  return row ?? null;
}

export type StartResult = { ok: true } | { ok: false; problem: 'not_found' | 'busy' | 'bad_mapping' };

/** A mapping names existing columns, each column at most once, and always the enterprise number. */
function validMapping(mapping: ColumnMapping, columnCount: number): boolean {
  const columns = Object.values(mapping);
  return (
    mapping.enterpriseNumber !== undefined &&
    Object.keys(mapping).every((field) => (IMPORT_FIELDS as readonly string[]).includes(field)) &&
    columns.every((c) => Number.isInteger(c) && c >= 0 && c < columnCount) &&
    new Set(columns).size === columns.length
  );
}

/**
 * Saves the column mapping and queues the dry run. Allowed while nothing is being checked or imported and the file
 * has not been imported yet; a second click while the first dry run is queued changes nothing.
 */
export async function startImportCheck(db: Database, viewer: Viewer | null, id: string, mapping: ColumnMapping, ip?: string): Promise<StartResult> {
  const staff = requireImporter(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ headers: memberImports.headers, status: memberImports.status })
      .from(memberImports)
      .where(eq(memberImports.id, id))
      .for('update');
    if (!current) return { ok: false, problem: 'not_found' };
    if (!['uploaded', 'checked', 'failed'].includes(current.status)) return { ok: false, problem: 'busy' };
    if (!validMapping(mapping, current.headers.length)) return { ok: false, problem: 'bad_mapping' };
    const jobId = await enqueueJob(tx, 'member_import_check', { importId: id }, staff.id);
    await tx
      .update(memberImports)
      .set({ mapping, status: 'checking', checkCounts: null, error: null, jobId, version: sql`${memberImports.version} + 1`, updatedAt: new Date() })
      .where(eq(memberImports.id, id));
    await recordAudit(tx, {
      actorId: staff.id,
      actorRole: 'staff',
      action: 'import.check_requested',
      entityType: 'member_import',
      entityId: id,
      details: { mapping },
      ip,
    });
    return { ok: true };
  });
}

/**
 * Queues the import of a checked file. Only a checked file can be imported, and only once: a double click, or a
 * second person on the same page, finds it already importing and queues nothing.
 */
export async function startImportApply(db: Database, viewer: Viewer | null, id: string, ip?: string): Promise<StartResult> {
  const staff = requireImporter(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: memberImports.status }).from(memberImports).where(eq(memberImports.id, id)).for('update');
    if (!current) return { ok: false, problem: 'not_found' };
    if (current.status !== 'checked') return { ok: false, problem: 'busy' };
    const jobId = await enqueueJob(tx, 'member_import_apply', { importId: id }, staff.id);
    await tx
      .update(memberImports)
      .set({ status: 'importing', jobId, importedThrough: 0, importCounts: null, version: sql`${memberImports.version} + 1`, updatedAt: new Date() })
      .where(eq(memberImports.id, id));
    await recordAudit(tx, { actorId: staff.id, actorRole: 'staff', action: 'import.started', entityType: 'member_import', entityId: id, ip });
    return { ok: true };
  });
}

/** Progress of the job behind an import, for the page's progress bar. */
export async function importProgress(db: Database, viewer: Viewer | null, jobId: string | null) {
  requireImporter(viewer);
  if (!jobId) return null;
  const [row] = await db.select({ done: jobs.progressDone, total: jobs.progressTotal }).from(jobs).where(eq(jobs.id, jobId));
  return row ?? null;
}

export type ReportRow = Pick<typeof memberImportRows.$inferSelect, 'rowNumber' | 'enterpriseNumber' | 'name' | 'action' | 'problems' | 'changes'>;

const reportColumns = {
  rowNumber: memberImportRows.rowNumber,
  enterpriseNumber: memberImportRows.enterpriseNumber,
  name: memberImportRows.name,
  action: memberImportRows.action,
  problems: memberImportRows.problems,
  changes: memberImportRows.changes,
};

/** The dry run's rows with a given verdict (all when none is given), in file order, for the page. */
export async function importReportRows(db: Database, viewer: Viewer | null, id: string, actions: readonly ImportAction[], limit: number): Promise<ReportRow[]> {
  requireImporter(viewer);
  return db
    .select(reportColumns)
    .from(memberImportRows)
    .where(and(eq(memberImportRows.importId, id), actions.length ? inArray(memberImportRows.action, [...actions]) : undefined))
    .orderBy(asc(memberImportRows.rowNumber))
    .limit(limit);
}

const REPORT_BATCH = 5_000;

/** The whole report in file order, a batch at a time (keyset on the row number), for the download. */
export async function* importReportBatches(db: Database, viewer: Viewer | null, id: string): AsyncGenerator<ReportRow[]> {
  requireImporter(viewer);
  for (let after = 0; ;) {
    const batch = await db
      .select(reportColumns)
      .from(memberImportRows)
      .where(and(eq(memberImportRows.importId, id), gt(memberImportRows.rowNumber, after)))
      .orderBy(asc(memberImportRows.rowNumber))
      .limit(REPORT_BATCH);
    if (batch.length > 0) yield batch;
    if (batch.length < REPORT_BATCH) return;
    after = batch[batch.length - 1]!.rowNumber;
  }
}
