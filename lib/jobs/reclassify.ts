import { and, asc, count, gt, like, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pgArray } from '@/db/pg-array';
import { businesses } from '@/db/schema';
import { classify, priorityFor, type Classification, type CrisisClass } from '@/lib/domain/classification';
import { loadSectorTable } from '@/lib/dal/classification';
import { reportProgress, type Job } from './queue';

const BATCH = 5_000;
const WRITERS = 2;

type Row = {
  id: string;
  naceCode: string | null;
  revenueChangePct: number | null;
  digitalScore: number | null;
  computedClass: CrisisClass;
  overrideClass: CrisisClass | null;
  effectiveClass: CrisisClass;
  computedPriority: number;
};

/**
 * Re-classifies every business under a NACE prefix with the current sector table, in batches
 * (keyset on id) so progress is visible and no transaction grows large. Only rows whose class or
 * priority changes are written: one UPDATE … FROM unnest(arrays) per batch (four parameters,
 * whatever the batch size) plus the history rows of the classes that changed. The next batch is
 * read while the current one is written, so the database and the classifier work side by side.
 */
export async function runReclassifyJob(db: Database, job: Job<'reclassify'>): Promise<{ processed: number; changed: number }> {
  const prefix = job.payload.prefix;
  const table = await loadSectorTable(db);
  const scope: SQL | undefined = prefix ? like(businesses.naceCode, `${prefix}%`) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(businesses).where(scope);
  const readBatch = (after: string): Promise<Row[]> =>
    db
      .select({
        id: businesses.id,
        naceCode: businesses.naceCode,
        revenueChangePct: businesses.revenueChangePct,
        digitalScore: businesses.digitalScore,
        computedClass: businesses.computedClass,
        overrideClass: businesses.overrideClass,
        effectiveClass: businesses.effectiveClass,
        computedPriority: businesses.computedPriority,
      })
      .from(businesses)
      .where(and(scope, gt(businesses.id, after)))
      .orderBy(asc(businesses.id))
      .limit(BATCH);

  let processed = 0;
  let changed = 0;
  await reportProgress(db, job.id, 0, total);
  // Up to WRITERS batches are written at once (each in its own transaction, on disjoint rows),
  // while the next batch is read and classified: index maintenance dominates, and it runs in parallel.
  const writing: Promise<void>[] = [];
  let progress: Promise<void> = Promise.resolve();
  let rows = await readBatch('00000000-0000-0000-0000-000000000000');
  while (rows.length > 0) {
    const next = rows.length === BATCH ? readBatch(rows[rows.length - 1]!.id) : Promise.resolve([]);
    // Awaited below; marked handled now so a failed read while a write is awaited does not crash the process.
    next.catch(() => undefined);
    const updates = rows
      .map((row) => ({ row, result: inForce(row, classify(row, table)) }))
      .filter(({ row, result }) => row.computedClass !== result.crisisClass || row.computedPriority !== result.priority);
    const size = rows.length;
    const written = (updates.length > 0 ? writeBatch(db, updates, prefix, job.createdBy) : Promise.resolve()).then(() => {
      changed += updates.length;
      processed += size;
      // Progress is stored in order, so it never goes backwards when the writers finish out of turn.
      const done = processed;
      progress = progress.then(() => reportProgress(db, job.id, done, total));
      return progress;
    });
    // Awaited below; marked handled now so a failure while the next batch is read does not crash the process.
    written.catch(() => undefined);
    writing.push(written);
    if (writing.length >= WRITERS) await writing.shift();
    rows = await next;
  }
  // allSettled first: a failed writer must not leave the other one running unobserved.
  const outcomes = await Promise.allSettled(writing);
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  await progress;
  await reportProgress(db, job.id, processed, total);
  return { processed, changed };
}

/** The computed class and reasons, with the priority of the class in force (an advisor's override wins). */
function inForce(row: Row, result: Classification): Classification {
  return { ...result, priority: priorityFor(row.overrideClass ?? result.crisisClass, row) };
}

async function writeBatch(db: Database, updates: Array<{ row: Row; result: Classification }>, prefix: string, actorId: string | null): Promise<void> {
  const classChanges = updates.filter(
    ({ row, result }) => (row.overrideClass ?? result.crisisClass) !== row.effectiveClass || row.computedClass !== result.crisisClass,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update businesses b set computed_class = v.class, computed_priority = v.priority, class_reasons = v.reasons,
             coaching_priority = coalesce(b.manual_priority, v.priority), effective_class = coalesce(b.override_class, v.class)
      from unnest(${pgArray(updates.map((u) => u.row.id))}::uuid[], ${pgArray(updates.map((u) => u.result.crisisClass))}::crisis_class[],
                  ${pgArray(updates.map((u) => String(u.result.priority)))}::smallint[], ${pgArray(updates.map((u) => JSON.stringify(u.result.reasons)))}::jsonb[])
           as v(id, class, priority, reasons)
      where b.id = v.id`);
    if (classChanges.length === 0) return;
    await tx.execute(sql`
      insert into classification_history (business_id, from_class, to_class, source, reason, actor_id)
      select id, from_class, to_class, 'sector_change', ${`NACE ${prefix}`}, ${actorId}::uuid
      from unnest(${pgArray(classChanges.map((c) => c.row.id))}::uuid[], ${pgArray(classChanges.map((c) => c.row.effectiveClass))}::crisis_class[],
                  ${pgArray(classChanges.map((c) => c.row.overrideClass ?? c.result.crisisClass))}::crisis_class[]) as h(id, from_class, to_class)`);
  });
}
