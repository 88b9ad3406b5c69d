import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildIsCurrent, startPortal, waitForOk } from '../scripts/lib.mjs';
import { freePort } from '../e2e/support/own-server';
import { measureLighthouse, type LighthouseFigures, type Throttling } from './lighthouse';
import { buildMinimalApp } from './minimal-app';

/** The quick scan's pages, as an anonymous visitor on a phone reaches them. */
const PAGES = [
  ['landing', '/nl'],
  ['scan', '/nl/scan'],
  ['result', '/nl/scan/result'],
] as const;

/**
 * Lighthouse on a phone profile (slow 4G, 4× slower CPU) for the quick scan's pages, on the
 * production build with the demo data, both ways Lighthouse slows a load (see Throttling): on a
 * local server the simulation counts every script as holding up the largest paint, because the
 * scripts arrive before the first paint here. The result page needs a scan: one is taken through
 * the form in a real browser first, and its claim cookie is sent with every load.
 */
export async function measureScanPages(
  runs = 5,
): Promise<Array<{ page: string; throttling: Throttling } & LighthouseFigures & { runs: number; failed: string[] }>> {
  if (!buildIsCurrent()) throw new Error('build first: npx next build');
  const minimalApp = await buildMinimalApp();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-scan-bench-'));
  const servers: ChildProcess[] = [];
  try {
    const port = await freePort();
    let minimalPort = await freePort();
    // freePort lets its port go before a server takes it: two calls could name the same one.
    while (minimalPort === port) minimalPort = await freePort();
    const baseURL = `http://localhost:${port}`;
    servers.push(
      startPortal(
        port,
        { DEMO_MODE: 'true', AUTH_SECRET: randomBytes(32).toString('base64'), PGLITE_DATA_DIR: path.join(scratch, 'pglite'), DATABASE_URL: '' },
        { stdio: ['ignore', 'ignore', 'inherit'] },
      ),
      minimalApp.start(minimalPort),
    );
    if (!(await waitForOk(`${baseURL}/api/health`, 180_000))) throw new Error('the portal did not start');
    const yardstick = `http://localhost:${minimalPort}/text`;
    if (!(await waitForOk(yardstick, 60_000))) throw new Error('the minimal page did not start');
    const cookie = await takeScan(baseURL);
    const results = [];
    for (const throttling of ['simulate', 'devtools'] as const) {
      for (const [name, address] of PAGES) {
        results.push({ page: name, throttling, ...(await measureLighthouse(`${baseURL}${address}`, cookie, 'mobile', runs, throttling)) });
      }
      results.push({ page: 'Next.js text page (yardstick)', throttling, ...(await measureLighthouse(yardstick, '', 'mobile', runs, throttling)) });
    }
    return results;
  } finally {
    for (const server of servers) server.kill();
    minimalApp.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Takes the scan as a visitor would and returns the cookie header that holds its claim token. */
async function takeScan(baseURL: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ baseURL });
    await page.goto('/nl/scan');
    await page.getByLabel('Zoek je sector op woord of code').fill('frituur');
    await page.getByLabel(/^Sector/).selectOption('56.102');
    await page.getByLabel('Omzet vergeleken met voor de crisis (%)').fill('-20');
    for (const last of [false, false, true]) {
      const groups = page.locator('section:not([hidden]) fieldset');
      for (let i = 0; i < (await groups.count()); i++)
        await groups
          .nth(i)
          .getByLabel(i % 4 === 0 ? 'In gebruik' : 'Niet gekend', { exact: true })
          .check();
      await page.getByRole('button', { name: last ? 'Toon mijn score' : 'Volgende' }).click();
    }
    await page.waitForURL(/\/scan\/result$/);
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}
