import autocannon from 'autocannon';
import { bin, buildIsCurrent, run, startPortal, waitForOk } from '../scripts/lib.mjs';
import { loadServerActions } from '../e2e/support/server-actions';
import { signInCookie } from '../e2e/support/sessions';
import { measureLighthouse } from './lighthouse';
import { buildMinimalApp } from './minimal-app';
import { pageBytes } from './page-bytes';
import { percentile } from './stats';

const APP_PORT = 3301;
const MINIMAL_PORT = 3302;
const DURATION_S = 10;
const CONNECTIONS = 10;
/** The latency target is set at 50 concurrent connections on the triage page. */
const BUSY_CONNECTIONS = 50;

async function requestsPerSecond(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: 3, headers }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Latency at `connections` concurrent connections: `perConnection` requests on each (after one
 * each to warm up), every one of them waited for. A run of fixed length would drop the answers
 * still on their way when it stops, the slowest ones, and leave the server busy with them for the
 * next run. autocannon's result has no p95 (its percentiles jump from p90 to p97.5), so every
 * answer's response time is kept as it comes and p50/p95/p99 are read from those samples (nearest
 * rank). A request that fails, times out (after 30 s, so a slow machine is still measured) or is
 * not answered 2xx counts as infinitely slow: it pushes the percentiles up instead of leaving the sample.
 */
async function latencyUnderLoad(url: string, headers: Record<string, string>, connections: number, perConnection = 8) {
  await autocannon({ url, connections, amount: connections, headers, timeout: 30 }); // warm-up
  const times: number[] = [];
  const started = performance.now();
  const result = await autocannon({ url, connections, amount: connections * perConnection, headers, timeout: 30 })
    .on('response', (_client, status, _bytes, ms) => times.push(status >= 200 && status < 300 ? ms : Infinity))
    .on('reqError', () => times.push(Infinity));
  const seconds = (performance.now() - started) / 1000;
  const at = (p: number) => percentile(times, p);
  return {
    connections,
    answers: times.length,
    failures: result.non2xx + result.errors,
    timeouts: result.timeouts,
    rps: times.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
  };
}

/**
 * The whole triage page for a signed-in advisor against a minimal Next.js dynamic page that runs
 * the same default query (bench/minimal-page), both production builds on the same database,
 * measured one after the other with autocannon (10 connections, 10 s after a 3 s warm-up). Then,
 * on the triage page alone: its latency at 50 connections (400 requests), the bytes of its default view (HTML and
 * RSC payload) and Lighthouse's performance figures (desktop preset and default mobile), each
 * measured with nothing else running against the servers.
 */
export async function measurePages(databaseUrl: string, advisor: { email: string; password: string }) {
  if (!buildIsCurrent()) {
    console.log('  building the app…');
    if ((await run(bin('next'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('next build failed');
  }
  console.log('  building the minimal page…');
  const minimalApp = await buildMinimalApp();

  const servers = [
    startPortal(APP_PORT, { DATABASE_URL: databaseUrl, AUTH_SECRET: 'bench-only-secret-bench-only-secret-0000' }, { stdio: ['ignore', 'ignore', 'inherit'] }),
    minimalApp.start(MINIMAL_PORT, { BENCH_PAGE_DATABASE_URL: databaseUrl }),
  ];
  try {
    const app = `http://127.0.0.1:${APP_PORT}`;
    const minimal = `http://127.0.0.1:${MINIMAL_PORT}/`;
    if (!(await waitForOk(`${app}/api/health`, 120_000)) || !(await waitForOk(minimal, 60_000))) throw new Error('a benchmark server did not start');
    const cookie = await signInCookie(app, loadServerActions(), advisor.email, advisor.password);
    const page = await fetch(`${app}/nl/advisor`, { headers: { cookie }, redirect: 'manual' });
    const html = await page.text();
    if (page.status !== 200 || !html.includes('Onderneming')) throw new Error(`the triage page did not show the advisor's table (${page.status})`);

    const triage = await requestsPerSecond(`${app}/nl/advisor`, { cookie });
    const baseline = await requestsPerSecond(minimal);
    // For scale: a signed-in page of the portal that is mostly text (the classification rules),
    // i.e. what the session, the layout and the translations cost before any table.
    const light = await requestsPerSecond(`${app}/nl/advisor/classification`, { cookie });
    const busy = await latencyUnderLoad(`${app}/nl/advisor`, { cookie }, BUSY_CONNECTIONS);
    const bytes = await pageBytes(app, '/nl/advisor', cookie);
    // The minimal page's server is idle from here on, so it takes nothing from Lighthouse's runs.
    const lighthouseOf = (formFactor: 'desktop' | 'mobile', runs: number) =>
      measureLighthouse(`${app}/nl/advisor`, cookie, formFactor, runs).catch((error: Error) => error.message);
    const lighthouse = { desktop: await lighthouseOf('desktop', 3), mobile: await lighthouseOf('mobile', 1) };
    return { triage, baseline, light, ratio: triage.rps / baseline.rps, busy, bytes, lighthouse };
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    minimalApp.dispose();
  }
}
