/**
 * `npm run bench`: the triage table's data function against the raw SQL of the same queries, at
 * 100,000 businesses (and 1,000,000 with `-- --sizes 100000,1000000`), plus a re-classification of
 * 100,000 businesses. Runs on PostgreSQL (BENCH_DATABASE_URL, default the local server) in a
 * database of its own that it creates and drops. Prints p50/p95 per view; it measures, it asserts nothing.
 */
import pg from 'pg';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { seedReferenceData } from '@/lib/seed/reference';
import { advisorRegions, users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { EXACT_COUNT_LIMIT, listTriage, triageQueries } from '@/lib/dal/triage';
import { parseTriageQuery } from '@/lib/triage/query';
import { asJob, enqueueJob } from '@/lib/jobs/queue';
import { runReclassifyJob } from '@/lib/jobs/reclassify';
import { jobs } from '@/db/schema';
import { seedSyntheticBusinesses } from './seed';
import { measurePages } from './page-measure';
import { measureScanPages } from './scan-measure';
import { benchReport } from './report-bench';
import { measureProgrammeQueries } from './programme-measure';
import { percentile } from './stats';
import { measureExports } from './export-measure';
import { measureLatencyUnderExports } from './export-latency';
import { measureImports } from './import-measure';
import { hashPassword } from '@/lib/auth/password';

// p50 and p95 of 1–5 ms queries move by more than the app/raw gap with 30 runs; 100 steady them.
const RUNS = 100;
const ADVISOR_PASSWORD = 'bench-advisor-password-2026';
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [100_000];
/**
 * `--only exports`: seed, then only the export measures (a million rows without the hour of the rest).
 * `--only pages`: seed, then only the page measures (throughput, latency at 50 connections, bytes, Lighthouse).
 * `--only scan`: no seeding: Lighthouse on a phone for the quick scan's pages, on the demo data (bench/scan-measure.ts).
 * `--only report`: no bulk seeding: a member's PDF report made 20 times, in a scratch database (bench/report-measure.ts).
 */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'exports' && only !== 'pages' && only !== 'programme' && only !== 'scan' && only !== 'report')
  throw new Error(`--only takes exports, pages, programme, scan or report, not ${only}`);
const onlyExports = only === 'exports';
const onlyPages = only === 'pages';
const onlyProgramme = only === 'programme';
/** `--keep-database`: leave the seeded database behind (to profile a server against it); the next run drops it all the same. */
const keepDatabase = process.argv.includes('--keep-database');

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function withDatabase<T>(name: string, work: (handle: DatabaseHandle, url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    return await work(handle, url.toString());
  } finally {
    await handle.close();
    if (keepDatabase) console.log(`  kept the database ${name}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

interface Reclassification {
  ms: number;
  processed: number;
  changed: number;
}

async function benchSize(size: number) {
  return withDatabase(`kantelpunt_bench_${size}`, async (handle, url) => {
    const db = handle.db;
    await applyMigrations(handle);
    await seedReferenceData(db);
    const passwordHash = await hashPassword(ADVISOR_PASSWORD);
    const [staffRow] = await db
      .insert(users)
      .values({ email: 'bench-staff@example.be', name: 'Bench Staff', role: 'staff', status: 'active', passwordHash, emailVerifiedAt: new Date() })
      .returning();
    const advisorRows = await db
      .insert(users)
      .values(
        ['BE-VLI', 'BE-VAN', 'BE-WLG'].map((p, i) => ({
          email: `bench-advisor-${i}@example.be`,
          name: `Bench Advisor ${p}`,
          role: 'advisor' as const,
          status: 'active' as const,
          passwordHash,
          emailVerifiedAt: new Date(),
          canExport: i === 1,
        })),
      )
      .returning();
    await db.insert(advisorRegions).values(advisorRows.map((a, i) => ({ userId: a.id, province: (['BE-VLI', 'BE-VAN', 'BE-WLG'] as const)[i]! })));
    const seedMs = await time(() =>
      seedSyntheticBusinesses(
        db,
        size,
        advisorRows.map((a) => a.id),
      ),
    );
    const staff = (await loadViewer(db, staffRow!.id)) as Viewer;
    const advisor = (await loadViewer(db, advisorRows[0]!.id)) as Viewer;

    const raw = new pg.Pool({ connectionString: url, max: 4 });
    const views: Array<{ name: string; viewer: Viewer; params: Record<string, string> }> = [
      { name: 'region + class, by priority', viewer: advisor, params: { class: 'shifter' } },
      { name: 'free-text search', viewer: staff, params: { q: 'bakkerij 12' } },
      { name: 'unfiltered staff view', viewer: staff, params: {} },
      { name: 'does not use channel X', viewer: staff, params: { notUses: 'webshop' } },
    ];
    const rows: Array<Record<string, string | number>> = [];
    for (const view of only ? [] : views) {
      const query = parseTriageQuery(view.params).query;
      const { page, total, matching } = triageQueries(db, view.viewer, query);
      const pageSql = page().toSQL();
      const totalSql = total().toSQL();
      const matchingSql = matching().toSQL();
      // The same work as the data function: the planner's estimate, then the page, with an exact count beside it only for small results.
      const runRaw = async () => {
        const plan = await raw.query(`explain (format json) ${matchingSql.sql}`, matchingSql.params as unknown[]);
        const estimate = (plan.rows[0]['QUERY PLAN'] as Array<{ Plan: { 'Plan Rows': number } }>)[0]!.Plan['Plan Rows'];
        const pageQuery = raw.query(pageSql.sql, pageSql.params as unknown[]);
        await (estimate <= EXACT_COUNT_LIMIT ? Promise.all([pageQuery, raw.query(totalSql.sql, totalSql.params as unknown[])]) : pageQuery);
      };
      const runApp = () => listTriage(db, view.viewer, query);
      for (let i = 0; i < 5; i++) {
        await runRaw();
        await runApp();
      }
      const app: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        rawTimes.push(await time(runRaw));
        app.push(await time(runApp));
      }
      rows.push({
        size,
        view: view.name,
        'app p50 ms': +percentile(app, 50).toFixed(1),
        'app p95 ms': +percentile(app, 95).toFixed(1),
        'raw p50 ms': +percentile(rawTimes, 50).toFixed(1),
        'raw p95 ms': +percentile(rawTimes, 95).toFixed(1),
        'app/raw (p50)': +(percentile(app, 50) / percentile(rawTimes, 50)).toFixed(2),
      });
    }
    await raw.end();

    // Re-classify 100,000 businesses (all of them at the 100k size) after a sector table change.
    // The seed spreads classes at random, so the first run rewrites nearly every business: the
    // worst case. Changing the sector back then rewrites only that division's businesses.
    let reclassify: { worst: Reclassification; typical: Reclassification } | null = null;
    if (size <= 100_000 && !only) {
      const reclassifyAfter = async (exposure: 'structural' | 'adaptable'): Promise<Reclassification> => {
        await db.execute(sql`update sector_impacts set exposure = ${exposure} where nace_prefix = '56'`);
        // Write out what earlier steps left in memory first, so the timing is the job's own work.
        await db.execute(sql`checkpoint`);
        const jobId = await enqueueJob(db, 'reclassify', { prefix: '' }, staffRow!.id);
        const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
        let result = { processed: 0, changed: 0 };
        const ms = await time(async () => (result = await runReclassifyJob(db, asJob(job!, 'reclassify'))));
        return { ms, ...result };
      };
      const worst = await reclassifyAfter('structural');
      reclassify = { worst, typical: await reclassifyAfter('adaptable') };
    }
    // Exporting every business as CSV (and XLSX at 100,000) against psql's COPY of the same query.
    const exports = only && !onlyExports ? null : await measureExports(db, url, staff, size);
    // Other pages' latency while 20 slow downloads (1 kB/s) are asked for.
    const password = ADVISOR_PASSWORD;
    const underExports =
      only && !onlyExports
        ? null
        : await measureLatencyUnderExports(
            url,
            [
              { email: 'bench-staff@example.be', password },
              { email: 'bench-advisor-1@example.be', password },
            ],
            { email: 'bench-advisor-0@example.be', password },
          );

    // The whole page under load, at 100,000 only (the target is set there).
    const pages =
      size === 100_000 && (!only || onlyPages) ? await measurePages(url, { email: 'bench-advisor-0@example.be', password: ADVISOR_PASSWORD }) : null;

    // Importing a member list of 100,000 rows (dry run and import), at the 100,000 size only.
    const imports = size === 100_000 && !only ? await measureImports(db, staff, 100_000) : null;

    // The programme dashboard's queries on the counts (issue 16), at every size.
    const programme = !only || onlyProgramme ? await measureProgrammeQueries(db, staff, advisor, size) : null;

    return { rows, seedMs, reclassify, pages, exports, underExports, imports, programme };
  });
}

const mark = (met: boolean) => (met ? '✔' : '✘');

/** The page figures, each beside its target (issue 15). */
function printPages({ triage, baseline, light, ratio, busy, bytes, lighthouse }: Awaited<ReturnType<typeof measurePages>>) {
  console.log(`  triage page (signed-in advisor): ${triage.rps.toFixed(0)} req/s (p50 ${triage.p50} ms, p99 ${triage.p99} ms)`);
  console.log(`  minimal Next.js page, same query: ${baseline.rps.toFixed(0)} req/s (p50 ${baseline.p50} ms, p99 ${baseline.p99} ms)`);
  console.log(`  triage / minimal: ${(ratio * 100).toFixed(0)}% (target ≥ 55%) ${mark(ratio >= 0.55)}`);
  console.log(
    `  for scale, a signed-in text page (classification rules): ${light.rps.toFixed(0)} req/s = ${((light.rps / baseline.rps) * 100).toFixed(0)}% of the minimal page`,
  );
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'failed');
  console.log(
    `  triage page at ${busy.connections} connections: ${busy.rps.toFixed(0)} req/s, p50 ${ms(busy.p50)}, p95 ${ms(busy.p95)} (target < 1500 ms) ${mark(busy.p95 < 1500)}, p99 ${ms(busy.p99)} (${busy.answers.toLocaleString('en')} requests, ${busy.failures} failed or not 2xx, ${busy.timeouts} of them timed out after 30 s)`,
  );
  const kB = (b: number) => (b / 1000).toFixed(1);
  const total = bytes.html + bytes.rsc;
  console.log(
    `  triage page default view: HTML ${kB(bytes.html)} kB + RSC ${kB(bytes.rsc)} kB = ${kB(total)} kB (target ≤ 60 kB) ${mark(total <= 60_000)}; gzipped ${kB(bytes.htmlGzip)} + ${kB(bytes.rscGzip)} kB`,
  );
  const d = lighthouse.desktop;
  if (typeof d === 'string') console.log(`  Lighthouse desktop, triage page: ${d} ✘`);
  else
    console.log(
      `  Lighthouse desktop (median of ${d.runs}${d.failed.length ? `, ${d.failed.length} failed: ${d.failed.join('; ')}` : ''}), triage page: performance ${d.score} (target ≥ 95) ${mark(d.score >= 95)}, TBT ${d.tbtMs.toFixed(0)} ms (target ≤ 200 ms) ${mark(d.tbtMs <= 200)}, CLS ${d.cls.toFixed(3)} (target 0) ${mark(d.cls === 0)}, LCP ${d.lcpMs.toFixed(0)} ms, FCP ${d.fcpMs.toFixed(0)} ms`,
    );
  const m = lighthouse.mobile;
  if (typeof m === 'string') console.log(`  Lighthouse mobile: ${m}`);
  else
    console.log(
      `  Lighthouse mobile (one run, for scale: the targets are set on desktop): performance ${m.score}, TBT ${m.tbtMs.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, LCP ${m.lcpMs.toFixed(0)} ms, FCP ${m.fcpMs.toFixed(0)} ms`,
    );
}

async function main() {
  if (only === 'scan') {
    console.log("Lighthouse (phone profile) on the quick scan's pages…");
    console.table(await measureScanPages());
    return;
  }
  if (only === 'report') {
    console.log("Making a member's PDF report…");
    await withDatabase('kantelpunt_bench_report', (_handle, url) => benchReport(url, 20));
    return;
  }
  const results = [];
  for (const size of sizes) {
    console.log(`Seeding ${size.toLocaleString('en')} businesses…`);
    const result = await benchSize(size);
    console.log(`  seeded in ${(result.seedMs / 1000).toFixed(1)} s`);
    if (result.reclassify) {
      for (const [label, run] of [
        ['after a sector change, worst case', result.reclassify.worst],
        ['after one division changed', result.reclassify.typical],
      ] as const) {
        console.log(
          `  re-classifying ${run.processed.toLocaleString('en')} businesses ${label}: ${(run.ms / 1000).toFixed(2)} s (${run.changed.toLocaleString('en')} rewritten)`,
        );
      }
    }
    if (result.pages) printPages(result.pages);
    if (result.programme) console.table(result.programme);
    const e = result.exports;
    if (e) {
      console.log(
        `  export CSV: ${e.csvRowsPerS.toLocaleString('en')} rows/s vs psql COPY ${e.copyRowsPerS.toLocaleString('en')} rows/s (${(e.ratio * 100).toFixed(0)}%), ${e.csvMb.toFixed(0)} MB, resident memory +${e.csvRssGrowthMb.toFixed(0)} MB`,
      );
      if (e.xlsx)
        console.log(
          `  export XLSX: ${e.xlsx.rowsPerS.toLocaleString('en')} rows/s, ${e.xlsx.mb.toFixed(0)} MB, resident memory +${e.xlsx.rssGrowthMb.toFixed(0)} MB`,
        );
    }
    const u = result.underExports;
    if (u) {
      console.log(
        `  other pages, no export running: /api/health p50 ${u.idle.health.p50} ms p95 ${u.idle.health.p95} ms; triage page p50 ${u.idle.page.p50} ms p95 ${u.idle.page.p95} ms`,
      );
      console.log(
        `  other pages, 20 slow exports asked (${u.accepted} running at 1 kB/s, ${u.refused} refused with 429): /api/health p50 ${u.busy.health.p50} ms p95 ${u.busy.health.p95} ms (${u.busy.health.failures} not 200); triage page p50 ${u.busy.page.p50} ms p95 ${u.busy.page.p95} ms (${u.busy.page.failures} not 200)`,
      );
    }
    if (result.imports) {
      for (const [label, run] of [
        ['new members', result.imports.first],
        ['same list again, 1 in 10 changed', result.imports.second],
      ] as const) {
        const total = run.uploadMs + run.checkMs + run.applyMs;
        console.log(
          `  import ${run.rows.toLocaleString('en')} rows (${label}): upload ${(run.uploadMs / 1000).toFixed(1)} s + dry run ${(run.checkMs / 1000).toFixed(1)} s + import ${(run.applyMs / 1000).toFixed(1)} s = ${(total / 1000).toFixed(1)} s (${JSON.stringify(run.counts)})`,
        );
      }
    }
    results.push(...result.rows);
  }
  if (results.length > 0) console.table(results);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
