import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result } from 'lighthouse';

const CHROMIUM = '/usr/bin/chromium';

export interface LighthouseFigures {
  score: number; // 0–100
  tbtMs: number;
  cls: number;
  lcpMs: number;
  fcpMs: number;
}

function figures(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
 * Lighthouse's performance category for one page, signed in through the `cookie` header sent with
 * every request, in the system's headless Chromium. `desktop` is Lighthouse's desktop preset; `mobile`
 * its default (simulated slow 4G and a 4× slower CPU). Lighthouse's figures vary from load to load,
 * so it loads the page `runs` times and keeps its median run (Lighthouse's own pick, by FCP and TTI).
 */
export async function measureLighthouse(url: string, cookie: string, formFactor: 'desktop' | 'mobile', runs = 3): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { cookie } },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!run) throw new Error('Lighthouse returned no result');
      // A refused cookie would redirect to the sign-in page and score that instead.
      if (new URL(run.lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
        throw new Error(`Lighthouse ended on ${run.lhr.finalDisplayedUrl}, not ${url}`);
      results.push(run.lhr);
    }
    return figures(computeMedianRun(results));
  } finally {
    chrome.kill();
  }
}
