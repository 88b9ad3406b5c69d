import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobs, memberImports } from '@/db/schema';
import { DEMO_SECTORS } from '@/lib/seed/demo-catalogue';
import type { Viewer } from '@/lib/dal/load-viewer';
import { createMemberImport, getMemberImport, startImportApply, startImportCheck } from '@/lib/member-import/dal/imports';
import { EMPLOYEE_BANDS } from '@/lib/domain/channels';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { allLocalities } from '@/lib/reference/postcodes';
import { runImportApply, runImportCheck } from '@/lib/member-import/job';
import { asJob } from '@/lib/jobs/queue';

export interface ImportRun {
  rows: number;
  uploadMs: number;
  checkMs: number;
  applyMs: number;
  counts: Record<string, number>;
}

/** A member list as an old CRM exports it: Dutch headers, `;`, BOM; `changed` rows get another revenue figure. */
function memberListCsv(rows: number, revenueShift: (i: number) => number): Uint8Array {
  const localities = allLocalities();
  const lines = ['Ondernemingsnummer;Naam;NACE-code;Postcode;Gemeente;Werknemers;Omzetwijziging (%)'];
  for (let i = 0; i < rows; i++) {
    const place = localities[(i * 7) % localities.length]!;
    lines.push(
      [
        enterpriseNumberFrom(String(10_000_000 + i)),
        `Geïmporteerd lid ${i}`,
        DEMO_SECTORS[i % DEMO_SECTORS.length]!.code,
        place.postcode,
        place.locality,
        EMPLOYEE_BANDS[i % EMPLOYEE_BANDS.length],
        String(-80 + ((i * 31) % 150) + revenueShift(i)),
      ].join(';'),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function importOnce(db: Database, staff: Viewer, file: Uint8Array): Promise<ImportRun> {
  const started = performance.now();
  const id = await createMemberImport(db, staff, 'bench.csv', file);
  const uploadMs = performance.now() - started;
  const upload = await getMemberImport(db, staff, id);
  await startImportCheck(db, staff, id, upload!.mapping!);
  const job = async () =>
    (
      await db
        .select()
        .from(jobs)
        .where(eq(jobs.id, (await db.select({ jobId: memberImports.jobId }).from(memberImports).where(eq(memberImports.id, id)))[0]!.jobId!))
    )[0]!;
  // The jobs run here, in this process, exactly as the worker would run them.
  let t = performance.now();
  await runImportCheck(db, asJob(await job(), 'member_import_check'));
  const checkMs = performance.now() - t;
  await startImportApply(db, staff, id);
  t = performance.now();
  const counts = await runImportApply(db, asJob(await job(), 'member_import_apply'));
  return { rows: upload!.rowCount, uploadMs, checkMs, applyMs: performance.now() - t, counts };
}

/**
 * Importing `rows` members twice: first all new, then the same list with one row in ten changed (so the second run
 * matches every row on its enterprise number and updates a tenth of them).
 */
export async function measureImports(db: Database, staff: Viewer, rows: number): Promise<{ first: ImportRun; second: ImportRun }> {
  const first = await importOnce(
    db,
    staff,
    memberListCsv(rows, () => 0),
  );
  const second = await importOnce(
    db,
    staff,
    memberListCsv(rows, (i) => (i % 10 === 0 ? 5 : 0)),
  );
  return { first, second };
}
