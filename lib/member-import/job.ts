import { and, asc, count, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pgArray } from '@/db/pg-array';
import { memberImportRows, memberImports, naceCodes } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { loadSectorTable } from '@/lib/dal/classification';
import { activeNaceVersion } from '@/lib/dal/nace';
import { classify, priorityFor, type Classification, type CrisisClass } from '@/lib/domain/classification';
import { parseEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { postcodeLocalityMap } from '@/lib/reference/postcodes';
import { checkRows, countVerdicts, type ImportValues, type RowVerdict } from '@/lib/member-import/check-rows';
import { readMemberFile, UPLOAD_KEPT_DAYS } from '@/lib/member-import/read-file';
import { FinalJobError, reportProgress, type Job } from '@/lib/jobs/queue';

/** Report rows are written, and imported, this many at a time: one transaction per batch. */
const CHECK_BATCH = 5_000;
const APPLY_BATCH = 2_000;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
type ImportJob = Job<'member_import_check' | 'member_import_apply'>;
const importIdOf = (job: ImportJob) => job.payload.importId;

type Stage = 'checking' | 'importing';

/**
 * The import this job is to work on, or null when it no longer is: a job run again after its work was committed
 * (its instance stopped before marking the job done), or one replaced by a newer dry run, finds nothing to do.
 */
async function ownImport(db: Database, job: ImportJob, stage: Stage) {
  const [upload] = await db
    .select()
    .from(memberImports)
    .where(and(eq(memberImports.id, importIdOf(job)), eq(memberImports.jobId, job.id), eq(memberImports.status, stage)));
  return upload ?? null;
}

/** This job's import, while it is at `stage`: every write that ends a stage is guarded by it. */
const stillOurs = (job: ImportJob, stage: Stage) =>
  and(eq(memberImports.id, importIdOf(job)), eq(memberImports.jobId, job.id), eq(memberImports.status, stage));

/**
 * Why the job failed, as the database said it. Drizzle wraps a database error in "Failed query: <SQL> params: <values>",
 * which says where but not why, and carries the rows' names into the log: the innermost cause says why.
 */
function innermostReason(error: unknown): string {
  let reason = error;
  while (reason instanceof Error && reason.cause instanceof Error) reason = reason.cause;
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * A job that throws leaves its import marked as failed, so staff can run the dry run again, and audits what was
 * already committed. The error itself goes to the job (for operators); staff see a translated message.
 */
async function markFailedOnError<T>(db: Database, job: ImportJob, stage: Stage, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = innermostReason(error);
    console.error(`[import] ${importIdOf(job)} failed while ${stage}: ${message}`);
    await db.transaction(async (tx) => {
      const [failed] = await tx
        .update(memberImports)
        .set({ status: 'failed', error: message.slice(0, 1000), updatedAt: new Date() })
        .where(stillOurs(job, stage))
        .returning({ counts: memberImports.importCounts });
      if (failed) {
        await recordAudit(tx, {
          actorId: job.createdBy,
          actorRole: 'staff',
          action: 'import.failed',
          entityType: 'member_import',
          entityId: importIdOf(job),
          details: { stage, committed: failed.counts ?? null },
        });
      }
    });
    // Final: the import now says it failed and staff start it again; a retry of this job would find it no longer its own.
    throw new FinalJobError(message, { cause: error });
  }
}

type StoredFacts = ImportValues & {
  id: string;
  digitalScore: number | null;
  overrideClass: CrisisClass | null;
  effectiveClass: CrisisClass;
};

/** The stored facts of the businesses with these enterprise numbers (one array parameter, however many). */
async function businessesByNumber(db: Pick<Database, 'execute'>, numbers: readonly string[], forUpdate: boolean): Promise<Map<string, StoredFacts>> {
  if (numbers.length === 0) return new Map();
  const result = await db.execute(sql`
    select id, enterprise_number as "enterpriseNumber", name, nace_code as "naceCode", postcode, locality, province,
           employees_band as "employeesBand", revenue_change_pct as "revenueChangePct", digital_score as "digitalScore",
           override_class as "overrideClass", effective_class as "effectiveClass"
    from businesses where enterprise_number = any(${pgArray(numbers)}::text[])
    ${forUpdate ? sql`order by id for update` : sql``}`);
  return new Map(rowsOf<StoredFacts>(result).map((b) => [b.enterpriseNumber, b]));
}

/**
 * The dry run: reads the stored file with the saved mapping, judges every row against the NACE catalogue, the
 * postcodes and the businesses already in the portal, and stores the verdicts as the import's report.
 */
export async function runImportCheck(db: Database, job: Job<'member_import_check'>): Promise<Record<string, number>> {
  const importId = importIdOf(job);
  const upload = await ownImport(db, job, 'checking');
  if (!upload) return { nothingToDo: 1 };
  return markFailedOnError(db, job, 'checking', async () => {
    if (!upload.fileData) throw new Error('the uploaded file is no longer stored');
    // Renews the job's lease before the longest step, reading the file.
    await reportProgress(db, job.id, 0, upload.rowCount);
    const file = await readMemberFile(upload.fileName, new Uint8Array(upload.fileData));
    const mapping = upload.mapping ?? {};
    const numbers = new Set<string>();
    if (mapping.enterpriseNumber !== undefined) {
      for (const r of file.rows) {
        const parsed = parseEnterpriseNumber(r.cells[mapping.enterpriseNumber] ?? '');
        if (parsed.ok) numbers.add(parsed.value);
      }
    }
    const version = await activeNaceVersion(db);
    const [existing, codes] = await Promise.all([
      businessesByNumber(db, [...numbers], false),
      db
        .select({ code: naceCodes.code })
        .from(naceCodes)
        .where(and(eq(naceCodes.version, version), sql`${naceCodes.level} <> 'section'`)),
    ]);
    const verdicts = checkRows(file.rows, mapping, { naceCodes: new Set(codes.map((c) => c.code)), localities: postcodeLocalityMap(), existing });

    await reportProgress(db, job.id, 0, verdicts.length);
    await db.delete(memberImportRows).where(eq(memberImportRows.importId, importId));
    for (let i = 0; i < verdicts.length; i += CHECK_BATCH) {
      await writeVerdicts(db, importId, verdicts.slice(i, i + CHECK_BATCH));
      await reportProgress(db, job.id, Math.min(i + CHECK_BATCH, verdicts.length), verdicts.length);
    }
    const counts = countVerdicts(verdicts);
    await db.transaction(async (tx) => {
      const [done] = await tx
        .update(memberImports)
        .set({ status: 'checked', checkCounts: counts, error: null, updatedAt: new Date() })
        .where(stillOurs(job, 'checking'))
        .returning({ id: memberImports.id });
      if (!done) throw new Error('the import was changed while its dry run ran');
      await recordAudit(tx, {
        actorId: job.createdBy,
        actorRole: 'staff',
        action: 'import.checked',
        entityType: 'member_import',
        entityId: importId,
        rowCount: verdicts.length,
        details: counts,
      });
    });
    return counts;
  });
}

async function writeVerdicts(db: Database, importId: string, verdicts: readonly RowVerdict[]): Promise<void> {
  await db.execute(sql`
    insert into member_import_rows (import_id, row_number, enterprise_number, name, action, problems, changes, values)
    select ${importId}::uuid, v.row_number, v.enterprise_number, v.name, v.action, string_to_array(v.problems, ','), string_to_array(v.changes, ','), v.values
    from unnest(${pgArray(verdicts.map((v) => String(v.row)))}::int[], ${pgArray(verdicts.map((v) => v.enterpriseNumber))}::text[],
                ${pgArray(verdicts.map((v) => v.name?.slice(0, 300) ?? null))}::text[], ${pgArray(verdicts.map((v) => v.action))}::import_action[],
                ${pgArray(verdicts.map((v) => v.problems.join(',')))}::text[], ${pgArray(verdicts.map((v) => v.changes.join(',')))}::text[],
                ${pgArray(verdicts.map((v) => (v.action === 'create' || v.action === 'update' ? JSON.stringify(v.values) : null)))}::jsonb[])
         as v(row_number, enterprise_number, name, action, problems, changes, values)`);
}

export interface ImportCounts extends Record<string, number> {
  created: number;
  updated: number;
  unchanged: number;
  /** Planned as new, but the enterprise number was registered (by a member) since the dry run; or planned as an update of a business that is gone, without a name to create it with. */
  skipped: number;
}

/**
 * The import: applies the rows the dry run marked "create" or "update", a batch per transaction. Each batch also
 * moves the import's bookmark (the last row done) and its counts, so an import that stopped halfway (a restarted
 * server) continues after the last committed batch. Values are merged with what is stored at that moment and the
 * businesses are classified as every other; a row that no longer changes anything is counted as unchanged.
 */
export async function runImportApply(db: Database, job: Job<'member_import_apply'>): Promise<ImportCounts> {
  const importId = importIdOf(job);
  const found = await ownImport(db, job, 'importing');
  if (!found) return { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const upload = { through: found.importedThrough, counts: found.importCounts };
  return markFailedOnError(db, job, 'importing', async () => {
    const [table, version] = await Promise.all([loadSectorTable(db), activeNaceVersion(db)]);
    const planned = and(eq(memberImportRows.importId, importId), inArray(memberImportRows.action, ['create', 'update']));
    const [[{ total } = { total: 0 }], [{ done: alreadyDone } = { done: 0 }]] = await Promise.all([
      db.select({ total: count() }).from(memberImportRows).where(planned),
      db
        .select({ done: count() })
        .from(memberImportRows)
        .where(and(planned, lte(memberImportRows.rowNumber, upload.through))),
    ]);
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0, ...(upload.counts ?? {}) };
    let through = upload.through;
    let done = alreadyDone;
    await reportProgress(db, job.id, done, total);
    for (;;) {
      const rows = await db
        .select({ rowNumber: memberImportRows.rowNumber, action: memberImportRows.action, values: memberImportRows.values })
        .from(memberImportRows)
        .where(and(planned, gt(memberImportRows.rowNumber, through)))
        .orderBy(asc(memberImportRows.rowNumber))
        .limit(APPLY_BATCH);
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.rowNumber;
      await db.transaction(async (tx) => {
        const outcome = await applyBatch(
          tx,
          rows.map((r) => ({ planned: r.action as 'create' | 'update', values: r.values as Partial<ImportValues> })),
          table,
          version,
          job.createdBy,
        );
        for (const key of ['created', 'updated', 'unchanged', 'skipped'] as const) counts[key] += outcome[key];
        // The bookmark moves only from where this run found it: a second runner on the same import fails here.
        const moved = await tx
          .update(memberImports)
          .set({ importedThrough: last, importCounts: counts, updatedAt: new Date() })
          .where(and(stillOurs(job, 'importing'), eq(memberImports.importedThrough, through)))
          .returning({ id: memberImports.id });
        if (moved.length === 0) throw new Error('the import was moved on by another run');
      });
      through = last;
      done += rows.length;
      await reportProgress(db, job.id, done, total);
    }
    await db.transaction(async (tx) => {
      // The file has done its job; the report rows remain as the record of what was imported.
      const [done] = await tx
        .update(memberImports)
        .set({ status: 'imported', importCounts: counts, fileData: null, updatedAt: new Date() })
        .where(stillOurs(job, 'importing'))
        .returning({ id: memberImports.id });
      if (!done) throw new Error('the import was moved on by another run');
      await recordAudit(tx, {
        actorId: job.createdBy,
        actorRole: 'staff',
        action: 'import.completed',
        entityType: 'member_import',
        entityId: importId,
        rowCount: counts.created + counts.updated,
        details: counts,
      });
    });
    return counts;
  });
}

const FIELDS = ['name', 'naceCode', 'postcode', 'locality', 'province', 'employeesBand', 'revenueChangePct'] as const;
type Fields = Pick<ImportValues, (typeof FIELDS)[number]>;

async function applyBatch(
  tx: Tx,
  rows: ReadonlyArray<{ planned: 'create' | 'update'; values: Partial<ImportValues> }>,
  table: Awaited<ReturnType<typeof loadSectorTable>>,
  version: string,
  actorId: string | null,
): Promise<ImportCounts> {
  const outcome: ImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const stored = await businessesByNumber(
    tx,
    rows.map((r) => r.values.enterpriseNumber!),
    true,
  );
  const creates: Array<{ number: string; fields: Fields; result: Classification }> = [];
  const updates: Array<{ business: StoredFacts; fields: Fields; result: Classification }> = [];
  for (const { planned, values } of rows) {
    const business = stored.get(values.enterpriseNumber!);
    if (business && planned === 'create') {
      outcome.skipped++; // registered by a member since the dry run: their own data is not overwritten
      continue;
    }
    if (!business) {
      if (!values.name) {
        outcome.skipped++; // planned as an update, but the business is gone and the row has no name to create it with
        continue;
      }
      const fields = Object.fromEntries(FIELDS.map((f) => [f, values[f] ?? null])) as Fields;
      creates.push({ number: values.enterpriseNumber!, fields, result: classify({ ...fields, digitalScore: null }, table) });
      continue;
    }
    const fields = Object.fromEntries(FIELDS.map((f) => [f, values[f] ?? business[f]])) as Fields;
    if (FIELDS.every((f) => fields[f] === business[f])) {
      outcome.unchanged++;
      continue;
    }
    const facts = { ...fields, digitalScore: business.digitalScore };
    const result = classify(facts, table);
    // The stored priority is the one of the class in force: an advisor's override keeps its band.
    updates.push({ business, fields, result: { ...result, priority: priorityFor(business.overrideClass ?? result.crisisClass, facts) } });
  }

  const column = (items: Array<{ fields: Fields }>, field: keyof Fields) =>
    pgArray(items.map((i) => (i.fields[field] === null ? null : String(i.fields[field]))));
  const classColumns = (items: Array<{ result: Classification }>) => sql`
    ${pgArray(items.map((i) => i.result.crisisClass))}::crisis_class[], ${pgArray(items.map((i) => JSON.stringify(i.result.reasons)))}::jsonb[],
    ${pgArray(items.map((i) => String(i.result.priority)))}::smallint[]`;

  if (creates.length > 0) {
    // In enterprise number order, so two imports creating the same businesses take their locks in the same order.
    creates.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
    const inserted = rowsOf<{ id: string; effective_class: string }>(
      await tx.execute(sql`
        insert into businesses (enterprise_number, name, nace_code, nace_version, postcode, locality, province, employees_band, revenue_change_pct,
                                computed_class, class_reasons, computed_priority, coaching_priority, effective_class)
        select v.number, v.name, v.nace, case when v.nace is null then null else ${version} end, v.postcode, v.locality, v.province, v.band, v.revenue,
               v.class, v.reasons, v.priority, v.priority, v.class
        from unnest(${pgArray(creates.map((c) => c.number))}::text[], ${column(creates, 'name')}::text[], ${column(creates, 'naceCode')}::text[],
                    ${column(creates, 'postcode')}::text[], ${column(creates, 'locality')}::text[], ${column(creates, 'province')}::province[],
                    ${column(creates, 'employeesBand')}::employee_band[], ${column(creates, 'revenueChangePct')}::smallint[], ${classColumns(creates)})
             as v(number, name, nace, postcode, locality, province, band, revenue, class, reasons, priority)
        on conflict (enterprise_number) do nothing
        returning id, effective_class`),
    );
    outcome.created = inserted.length;
    outcome.skipped += creates.length - inserted.length;
    await insertHistory(
      tx,
      inserted.map((b) => ({ id: b.id, from: null, to: b.effective_class })),
      actorId,
    );
  }

  if (updates.length > 0) {
    const changed = rowsOf<{ id: string; effective_class: string }>(
      await tx.execute(sql`
        update businesses b set name = v.name, nace_code = v.nace,
               nace_version = case when v.nace is not distinct from b.nace_code then b.nace_version else ${version} end,
               postcode = v.postcode, locality = v.locality, province = v.province, employees_band = v.band, revenue_change_pct = v.revenue,
               computed_class = v.class, class_reasons = v.reasons, computed_priority = v.priority,
               coaching_priority = coalesce(b.manual_priority, v.priority), effective_class = coalesce(b.override_class, v.class),
               version = b.version + 1, updated_at = now()
        from unnest(${pgArray(updates.map((u) => u.business.id))}::uuid[], ${column(updates, 'name')}::text[], ${column(updates, 'naceCode')}::text[],
                    ${column(updates, 'postcode')}::text[], ${column(updates, 'locality')}::text[], ${column(updates, 'province')}::province[],
                    ${column(updates, 'employeesBand')}::employee_band[], ${column(updates, 'revenueChangePct')}::smallint[], ${classColumns(updates)})
             as v(id, name, nace, postcode, locality, province, band, revenue, class, reasons, priority)
        where b.id = v.id
        returning b.id, b.effective_class`),
    );
    outcome.updated = changed.length;
    const before = new Map(updates.map((u) => [u.business.id, u.business.effectiveClass]));
    await insertHistory(
      tx,
      changed.filter((b) => before.get(b.id) !== b.effective_class).map((b) => ({ id: b.id, from: before.get(b.id) ?? null, to: b.effective_class })),
      actorId,
    );
  }
  return outcome;
}

/** "Who tipped when": a new business's first class, and every class an import changed. */
async function insertHistory(tx: Tx, changes: Array<{ id: string; from: string | null; to: string }>, actorId: string | null): Promise<void> {
  if (changes.length === 0) return;
  await tx.execute(sql`
    insert into classification_history (business_id, from_class, to_class, source, actor_id)
    select h.id, h.from_class, h.to_class, 'import', ${actorId}::uuid
    from unnest(${pgArray(changes.map((c) => c.id))}::uuid[], ${pgArray(changes.map((c) => c.from))}::crisis_class[], ${pgArray(changes.map((c) => c.to))}::crisis_class[])
         as h(id, from_class, to_class)`);
}

/**
 * Drops the files of member lists uploaded more than UPLOAD_KEPT_DAYS ago and never imported (data minimisation:
 * they hold member data nobody uses). Their report stays; staff upload the file again to import it.
 */
export async function expireAbandonedUploads(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UPLOAD_KEPT_DAYS * 24 * 60 * 60 * 1000);
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(memberImports)
      .set({ status: 'expired', fileData: null, updatedAt: now })
      .where(and(inArray(memberImports.status, ['uploaded', 'checked', 'failed']), lt(memberImports.createdAt, before)))
      .returning({ id: memberImports.id });
    for (const { id } of expired) {
      await recordAudit(tx, { action: 'import.file_expired', entityType: 'member_import', entityId: id, details: { keptDays: UPLOAD_KEPT_DAYS } });
    }
    return expired.length;
  });
}
