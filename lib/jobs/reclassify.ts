import { and, asc, count, gt, like, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { businesses } from '@/db/schema';
import { classify } from '@/lib/domain/classification';
import { loadSectorTable } from '@/lib/dal/classification';
import { reportProgress, type Job } from './queue';

const BATCH = 2_000;

/**
 * Re-classifies every business under a NACE prefix with the current sector table, in batches
 * (keyset on id) so progress is visible and no transaction grows large. Each batch is one UPDATE
 * … FROM (VALUES …) plus the history rows of the classes that changed.
 */
export async function runReclassifyJob(db: Database, job: Job): Promise<{ processed: number; changed: number }> {
  const prefix = String((job.payload as { prefix?: string }).prefix ?? '');
  const table = await loadSectorTable(db);
  const scope: SQL | undefined = prefix ? like(businesses.naceCode, `${prefix}%`) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(businesses).where(scope);
  let processed = 0;
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  await reportProgress(db, job.id, 0, total);
  for (;;) {
    const rows = await db
      .select({
        id: businesses.id,
        naceCode: businesses.naceCode,
        revenueChangePct: businesses.revenueChangePct,
        digitalScore: businesses.digitalScore,
        computedClass: businesses.computedClass,
        overrideClass: businesses.overrideClass,
        effectiveClass: businesses.effectiveClass,
        coachingPriority: businesses.coachingPriority,
      })
      .from(businesses)
      .where(and(scope, gt(businesses.id, after)))
      .orderBy(asc(businesses.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const updates = rows
      .map((row) => ({ row, result: classify(row, table) }))
      .filter(({ row, result }) => row.computedClass !== result.crisisClass || row.coachingPriority !== result.priority);
    if (updates.length > 0) {
      await db.transaction(async (tx) => {
        const values = sql.join(
          updates.map(({ row, result }) => sql`(${row.id}::uuid, ${result.crisisClass}::crisis_class, ${result.priority}::smallint, ${JSON.stringify(result.reasons)}::jsonb)`),
          sql`, `,
        );
        await tx.execute(sql`
          update businesses b set computed_class = v.class, coaching_priority = v.priority, class_reasons = v.reasons,
                 effective_class = coalesce(b.override_class, v.class)
          from (values ${values}) as v(id, class, priority, reasons) where b.id = v.id`);
        const classChanges = updates.filter(({ row, result }) => (row.overrideClass ?? result.crisisClass) !== row.effectiveClass || row.computedClass !== result.crisisClass);
        if (classChanges.length > 0) {
          await tx.execute(sql`
            insert into classification_history (business_id, from_class, to_class, source, reason, actor_id)
            values ${sql.join(
              classChanges.map(
                ({ row, result }) =>
                  sql`(${row.id}::uuid, ${row.effectiveClass}::crisis_class, ${row.overrideClass ?? result.crisisClass}::crisis_class, 'sector_change', ${`NACE ${prefix}`}, ${job.createdBy}::uuid)`,
              ),
              sql`, `,
            )}`);
        }
      });
      changed += updates.length;
    }
    processed += rows.length;
    await reportProgress(db, job.id, processed, total);
  }
  return { processed, changed };
}
