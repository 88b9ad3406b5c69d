import http from 'node:http';
import { bin, buildIsCurrent, run, startPortal, waitForOk } from '../scripts/lib.mjs';
import { loadServerActions } from '../e2e/support/server-actions';
import { signInCookie } from '../e2e/support/sessions';
import { percentile } from './stats';

const APP_PORT = 3303;
const SAMPLES = 50;

/** Opens an export and reads it at about 1 kB/s; resolves with the status once the answer's head is in. */
function slowExport(app: string, cookie: string, n: number): Promise<{ status: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams({ format: 'csv', purpose: `Latency benchmark ${n}`, locale: 'nl' }).toString();
    const request = http.request(`${app}/api/exports`, {
      method: 'POST',
      headers: { cookie, origin: app, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
    });
    request.on('response', (response) => {
      response.pause();
      const trickle = setInterval(() => response.read(1024), 1000);
      resolve({ status: response.statusCode!, stop: () => (clearInterval(trickle), response.destroy()) });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function latencies(url: string, cookie: string) {
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(30_000) }).catch(() => null);
    if (response?.status !== 200) failures++;
    await response?.arrayBuffer().catch(() => undefined);
    times.push(performance.now() - started);
  }
  return { p50: +percentile(times, 50).toFixed(1), p95: +percentile(times, 95).toFixed(1), failures };
}

/**
 * Other pages' latency while many slow downloads are open: the production build on the bench
 * database, `requests` exports opened from two exporters and read at about 1 kB/s (the others are
 * refused with 429), then 50 sequential requests each of /api/health and the advisor's triage page,
 * against the same without exports.
 */
export async function measureLatencyUnderExports(
  databaseUrl: string,
  exporters: Array<{ email: string; password: string }>,
  advisor: { email: string; password: string },
  requests = 20,
) {
  if (!buildIsCurrent()) {
    console.log('  building the app…');
    if ((await run(bin('next'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('next build failed');
  }
  const server = startPortal(
    APP_PORT,
    { DATABASE_URL: databaseUrl, AUTH_SECRET: 'bench-only-secret-bench-only-secret-0000' },
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exports: Array<{ status: number; stop: () => void }> = [];
  try {
    const app = `http://127.0.0.1:${APP_PORT}`;
    if (!(await waitForOk(`${app}/api/health`, 120_000))) throw new Error('the benchmark server did not start');
    const actions = loadServerActions();
    const cookies = await Promise.all(exporters.map((e) => signInCookie(app, actions, e.email, e.password)));
    const advisorCookie = await signInCookie(app, actions, advisor.email, advisor.password);
    const measure = async () => ({ health: await latencies(`${app}/api/health`, ''), page: await latencies(`${app}/nl/advisor`, advisorCookie) });
    await measure(); // warm-up
    const idle = await measure();
    for (let n = 0; n < requests; n++) exports.push(await slowExport(app, cookies[n % cookies.length]!, n));
    const busy = await measure();
    return { idle, busy, accepted: exports.filter((e) => e.status === 200).length, refused: exports.filter((e) => e.status === 429).length };
  } finally {
    for (const e of exports) e.stop();
    server.kill('SIGTERM');
  }
}
