import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result } from 'lighthouse';
import { bin } from '../scripts/lib.mjs';

const CHROMIUM = '/usr/bin/chromium';

export interface LighthouseFigures {
  score: number; // 0–100
  tbtMs: number;
  cls: number;
  lcpMs: number;
  fcpMs: number;
}

function figures(lhr: Result): LighthouseFigures {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    lcpMs: metric('largest-contentful-paint'),
    fcpMs: metric('first-contentful-paint'),
  };
}

/**
 * One Lighthouse run through its command line, in a Node process of its own: under tsx (which
 * runs the benchmark) the functions Lighthouse sends into the page carry tsx's `__name` helper,
 * which the page does not have.
 */
/**
 * How Lighthouse slows the load to a phone's: `simulate` (its default) loads at full speed and
 * estimates the slow load from the trace; `devtools` really throttles the network and the CPU.
 */
export type Throttling = 'simulate' | 'devtools';

async function lighthouseRun(url: string, cookie: string, formFactor: 'desktop' | 'mobile', throttling: Throttling = 'simulate'): Promise<Result> {
  const args = [
    url,
    `--throttling-method=${throttling}`,
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    '--quiet',
    '--no-enable-error-reporting',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(cookie ? [`--extra-headers=${JSON.stringify({ cookie })}`] : []),
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await promisify(execFile)(bin('lighthouse'), args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => {
      // Not the command line's own message: it holds the session cookie.
      throw new Error(`Lighthouse failed: ${error.stderr?.trim().split('\n').at(-1) ?? 'no output'}`);
    },
  );
  const lhr = JSON.parse(stdout) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // A refused cookie would redirect to the sign-in page and score that instead.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
  return lhr;
}

/**
 * Lighthouse's performance category for one page, signed in through the `cookie` header sent with
 * every request, in the system's headless Chromium. `desktop` is Lighthouse's desktop preset; `mobile`
 * its default (simulated slow 4G and a 4× slower CPU). Lighthouse's figures vary from load to load,
 * so it loads the page `runs` times and keeps its median run (Lighthouse's own pick, by FCP and TTI).
 */
export async function measureLighthouse(
  url: string,
  cookie: string,
  formFactor: 'desktop' | 'mobile',
  runs = 3,
  throttling: Throttling = 'simulate',
): Promise<LighthouseFigures & { runs: number; failed: string[] }> {
  const results: Result[] = [];
  // A run that fails (on this shared machine Chromium sometimes gives up on a page load) is
  // reported beside the median of the others instead of losing every figure of the benchmark.
  const failed: string[] = [];
  for (let i = 0; i < runs; i++) {
    await lighthouseRun(url, cookie, formFactor, throttling).then(
      (lhr) => results.push(lhr),
      (error: Error) => failed.push(error.message),
    );
  }
  if (results.length === 0) throw new Error(`every Lighthouse run failed: ${failed.join('; ')}`);
  return { ...figures(computeMedianRun(results)), runs: results.length, failed };
}
