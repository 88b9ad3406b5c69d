import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Database } from '@/db/client';
import type { Viewer } from '@/lib/dal/load-viewer';
import { exportSql, openExport, type ExportFormat } from '@/lib/member-export/dal/exports';
import { EXCEL_BE } from '@/lib/member-export/cells';
import { COLUMN_KEYS, csvStream, memberColumns, xlsxStream, type ExportLabels } from '@/lib/member-export/member-file';
import { CHANNELS } from '@/lib/domain/channels';
import { DEFAULT_QUERY } from '@/lib/triage/query';

// Labels are plain keys here: the benchmark measures the export path, not translations.
const labels: ExportLabels = {
  columns: Object.fromEntries(COLUMN_KEYS.map((k) => [k, k])) as ExportLabels['columns'],
  channels: Object.fromEntries(CHANNELS.map((c) => [c, c])) as ExportLabels['channels'],
  channelStatus: { unaware: 'unaware', aware: 'aware', planned: 'planned', in_use: 'in_use' },
  classes: { winner: 'winner', shifter: 'shifter', structurally_hit: 'structurally_hit', stable: 'stable', unknown: 'unknown' },
  provinces: {},
  reason: (reason) => reason.code,
};

/** Inlines bind parameters for psql (the values are the benchmark's own). */
function inline(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, i: string) => {
    const value = params[Number(i) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
  });
}

/** psql's COPY of the same query to /dev/null: PostgreSQL's own speed for this export. */
function copyWithPsql(url: string, query: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('psql', [url, '-q', '-c', `copy (${query}) to stdout with (format csv)`], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`psql exited with ${code}`))));
  });
}

/** Runs one export through the app's code path into nowhere, sampling the process's resident memory. */
export async function exportThroughApp(db: Database, staff: Viewer, format: ExportFormat) {
  const { total, batches } = await openExport(db, staff, { format, purpose: 'Benchmark', query: DEFAULT_QUERY, ids: [] }, 'nl');
  const columns = memberColumns(labels);
  const stream = format === 'xlsx' ? xlsxStream(batches, columns, 'Leden') : csvStream(batches, columns, EXCEL_BE);
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { rows: total, ms, bytes, rssGrowthMb: (peak - before) / 1024 / 1024 };
}

type Measured = Awaited<ReturnType<typeof exportThroughApp>>;

/** One export in a fresh process (bench/export-run.ts), so its memory growth is the export's alone. */
function exportInOwnProcess(url: string, format: ExportFormat, email: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'export-run.ts'), url, format, email],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output.trim().split('\n').pop()!) as Measured) : reject(new Error(`export run exited with ${code}`)),
    );
  });
}

/** CSV and XLSX export of every business against psql's COPY of the same query. */
export async function measureExports(db: Database, url: string, staff: Viewer, size: number) {
  const query = exportSql(db, staff, { format: 'csv_excel', purpose: 'Benchmark', query: DEFAULT_QUERY, ids: [] }, 'nl');
  const copyMs = await copyWithPsql(url, inline(query.sql, query.params));
  const csv = await exportInOwnProcess(url, 'csv_excel', staff.email);
  const xlsx = await exportInOwnProcess(url, 'xlsx', staff.email);
  return {
    copyRowsPerS: Math.round(size / (copyMs / 1000)),
    csvRowsPerS: Math.round(csv.rows / (csv.ms / 1000)),
    ratio: csv.rows / (csv.ms / 1000) / (size / (copyMs / 1000)),
    csvRssGrowthMb: csv.rssGrowthMb,
    csvMb: csv.bytes / 1024 / 1024,
    csvS: csv.ms / 1000,
    copyS: copyMs / 1000,
    xlsx: { rowsPerS: Math.round(xlsx.rows / (xlsx.ms / 1000)), s: xlsx.ms / 1000, rssGrowthMb: xlsx.rssGrowthMb, mb: xlsx.bytes / 1024 / 1024 },
  };
}
