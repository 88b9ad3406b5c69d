/**
 * Where the triage page's server time goes, against the database that
 * `npm run bench -- --only pages --keep-database` leaves behind (kantelpunt_bench_100000):
 *
 * 1. each data access call the page and its layout make, timed in this process (p50/p95 of 100 runs);
 * 2. the production server (`next build` first) under autocannon (10 connections, 20 s) with
 *    Node's CPU profiler on: its samples of the measured 20 s only, summed by package or
 *    repository file (self and inclusive time) and by function, as shares of the process's CPU
 *    time in those 20 s, per answer served.
 *
 * `node --conditions=react-server --import tsx bench/page-profile.ts [path]` (default /nl/advisor).
 * Uses port 3311. It measures, it asserts nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { loadViewer, type Viewer } from '@/lib/dal/load-viewer';
import { listTriage } from '@/lib/dal/triage';
import { assignableAdvisors } from '@/lib/dal/assignments';
import { naceDivisions } from '@/lib/dal/nace';
import { listSavedViews } from '@/lib/dal/saved-views';
import { followUpsDueCount } from '@/lib/dal/follow-up-queue';
import { parseTriageQuery } from '@/lib/triage/query';
import { spawn } from 'node:child_process';
import { buildIsCurrent, root, scriptEnv, SERVER_ARGS, waitForOk } from '../scripts/lib.mjs';
import { loadServerActions } from '../e2e/support/server-actions';
import { signInCookie } from '../e2e/support/sessions';
import { percentile } from './stats';

const PORT = 3311;
const RUNS = 100;
const DURATION_S = 20;
/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
const CONNECTIONS = 10;
const ADVISOR = { email: 'bench-advisor-0@example.be', password: 'bench-advisor-password-2026' };
const pagePath = process.argv[2] ?? '/nl/advisor';
const serverUrl = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
serverUrl.pathname = '/kantelpunt_bench_100000';
const databaseUrl = serverUrl.toString();

async function timeDataCalls() {
  const handle = await openDatabase({ databaseUrl, poolSize: 4 });
  try {
    const db = handle.db;
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, ADVISOR.email));
    if (!user) throw new Error(`${ADVISOR.email} not found: run npm run bench -- --only pages --keep-database first`);
    const viewer = (await loadViewer(db, user.id)) as Viewer;
    const query = parseTriageQuery({}).query;
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['loadViewer (session → viewer)', () => loadViewer(db, user.id)],
      ['followUpsDueCount (layout)', () => followUpsDueCount(db, viewer)],
      ['listTriage (default view)', () => listTriage(db, viewer, query)],
      ['assignableAdvisors', () => assignableAdvisors(db, viewer)],
      ['naceDivisions', () => naceDivisions(db, '2008', 'nl')],
      ['listSavedViews', () => listSavedViews(db, viewer)],
      [
        "the page's four, at once",
        () => Promise.all([listTriage(db, viewer, query), assignableAdvisors(db, viewer), naceDivisions(db, '2008', 'nl'), listSavedViews(db, viewer)]),
      ],
    ];
    console.log(`Data access calls, ${RUNS} runs each after 5 warm-ups:`);
    for (const [name, call] of calls) {
      for (let i = 0; i < 5; i++) await call();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
      console.log(`  ${name.padEnd(32)} p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
    }
  } finally {
    await handle.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** CPU time (user + system, all threads) a process has used so far, in ms, from Linux's /proc. */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Microseconds on the system's monotonic clock, the clock V8's profiler stamps its samples with. */
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Where a frame's code comes from. The server runs bundles (the app's chunks, Next's prebuilt
 * runtime with React in it), minified: their source maps, read with Node's own SourceMap, give the
 * original file, so the frame belongs to a package (`react-dom`, `next-intl`, …) or a file of the
 * repository, and its function is named by that file and line.
 */
class Origins {
  private maps = new Map<string, SourceMap | null>();

  private mapOf(url: string): SourceMap | null {
    if (!this.maps.has(url)) {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      const mapFile = `${file}.map`;
      this.maps.set(url, path.isAbsolute(file) && existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    return this.maps.get(url)!;
  }

  /** The original source of a frame (decoded, `node_modules/…` or a repository path), or its bundle's own path. */
  source(url: string, line: number, column: number): string {
    const entry = this.mapOf(url)?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
    const file = url.replace(/^file:\/\//, '');
    const original = entry?.originalSource;
    if (!original) return file.replace(`${process.cwd()}/`, '');
    // Sources without a scheme are relative to the bundle (a package's own map names its `src/…`).
    const resolved = /^[a-z]+:/.test(original) ? original : path.resolve(path.dirname(file), original);
    const decoded = decodeURIComponent(resolved)
      .replace(/^webpack:\/\/next\/\.\//, 'node_modules/next/')
      .replace(/^.*?\/node_modules\//, 'node_modules/')
      .replace(/^file:\/\//, '')
      .replace(`${process.cwd()}/`, '')
      .replace(/^(\.\.\/)+/, '');
    return `${decoded}:${(entry.originalLine ?? 0) + 1}`;
  }
}

/** What a source belongs to: a package (Next's compiled packages by name), Node itself, or the repository file. */
function owner(source: string): string {
  if (source.startsWith('node:')) return 'node internals';
  const file = source.replace(/:\d+$/, '');
  const compiled = file.match(/node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/);
  if (compiled) return `next/compiled/${compiled[1]}`;
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? pkg[1]! : file;
}

/**
 * The profiler samples on wall-clock time: on a machine shared with other work, a thread the
 * system has put aside still counts as running the function it was in. So the samples give each
 * part's share, and the process's own CPU time (from /proc) gives the milliseconds.
 */
function summarise(profile: CpuProfile, from: number, to: number, answers: number, cpuMs: number) {
  if (!(profile.startTime < from && to < profile.endTime)) throw new Error('the profile does not cover the measured window');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const origins = new Origins();
  const frameSource = new Map<number, string>();
  const sourceOf = (id: number) => {
    if (!frameSource.has(id)) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      frameSource.set(id, url ? origins.source(url, lineNumber, columnNumber) : functionName || '(anonymous native)');
    }
    return frameSource.get(id)!;
  };
  const self = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    // A sample's time is the gap to the next one; samples outside the measured window are startup or warm-up.
    const gap = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at > to) continue;
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + gap);
  }
  const byOwner = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, micros: number) => map.set(key, (map.get(key) ?? 0) + micros);
  let busy = 0;
  for (const [id, micros] of self) {
    const { functionName } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += micros;
    const source = sourceOf(id);
    add(byOwner, owner(source), micros);
    add(byFunction, `${functionName || '(anonymous)'} ${source}`, micros);
    // Inclusive: every owner on the sample's stack, once.
    const owners = new Set<string>();
    for (let frame: number | undefined = id; frame !== undefined; frame = parent.get(frame)) {
      if (byId.get(frame)!.callFrame.url) owners.add(owner(sourceOf(frame)));
    }
    for (const who of owners) add(inclusive, who, micros);
  }
  const perAnswer = (micros: number) => `${((cpuMs * micros) / busy / answers).toFixed(2)} ms CPU/answer`;
  const share = (micros: number) => `${((micros / busy) * 100).toFixed(1)}%`.padStart(6);
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(
    `Server process CPU while measured: ${cpuMs.toFixed(0)} ms over ${answers} answers = ${(cpuMs / answers).toFixed(1)} ms/answer (profiler samples in JS or native code: ${(busy / 1000).toFixed(0)} ms of wall time)`,
  );
  console.log('Self time by package or repository file:');
  for (const [who, micros] of top(byOwner, 25)) console.log(`  ${share(micros)}  ${perAnswer(micros)}  ${who}`);
  console.log('Inclusive time (the package or file anywhere on the stack), repository files and selected packages:');
  for (const [who, micros] of top(inclusive, 60)
    .filter(([who]) => !who.startsWith('next/') && who !== 'next' && who !== 'node internals')
    .slice(0, 30))
    console.log(`  ${share(micros)}  ${perAnswer(micros)}  ${who}`);
  console.log('Self time by function (top 30):');
  for (const [fn, micros] of top(byFunction, 30)) console.log(`  ${share(micros)}  ${perAnswer(micros)}  ${fn}`);
}

async function profileServer() {
  if (!buildIsCurrent()) throw new Error('the production build is missing or older than the sources: run next build first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-profile-'));
  // startPortal's server, with Node's CPU profiler on (a flag NODE_OPTIONS does not pass on).
  const server = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...SERVER_ARGS], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: scriptEnv({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      APP_URL: `http://localhost:${PORT}`,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'bench-only-secret-bench-only-secret-0000',
    }),
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    const app = `http://127.0.0.1:${PORT}`;
    if (!(await waitForOk(`${app}/api/health`, 120_000))) throw new Error('the server did not start');
    const cookie = await signInCookie(app, loadServerActions(), ADVISOR.email, ADVISOR.password);
    const url = app + pagePath;
    await autocannon({ url, connections: CONNECTIONS, duration: 3, headers: { cookie } }); // warm-up
    const cpuBefore = processCpuMs(server.pid!);
    const from = monotonicMicros();
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
    const to = monotonicMicros();
    const cpuMs = processCpuMs(server.pid!) - cpuBefore;
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
    server.kill('SIGTERM'); // the server exits with process.exit, which writes the profile
    await exited;
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no CPU profile');
    console.log(`${pagePath}: ${result.requests.average.toFixed(0)} req/s at ${CONNECTIONS} connections`);
    summarise(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, from, to, result.requests.total, cpuMs);
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await timeDataCalls();
  await profileServer();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
