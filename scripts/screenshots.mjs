// `npm run screenshots`: pictures of the main screens, for a person to look at (layout, wrapping,
// the phone header and drawer). Builds if needed (like `npm run demo`), starts the production build
// on a scratch embedded database with the demo data on a free port, signs in as each demo role and
// saves desktop (1440×900) and phone (390×844) PNGs in screenshots/ (gitignored). It also says which
// pages scroll sideways, the usual sign of something that does not fit.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { bin, buildIsCurrent, root, runWithProgress, startPortal, waitForOk } from './lib.mjs';

const DEMO_PASSWORD = 'kantelpunt-demo-2026';
const VIEWPORTS = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

/**
 * Per role: who signs in and which screens to take; `business` is the first business of the triage list,
 * `drawer` the phone screen also taken with the menu open, `collapse` the desktop screen also taken with the sidebar collapsed.
 */
const TOURS = [
  {
    role: 'visitor',
    email: null,
    pages: [
      ['landing', '/nl'],
      ['score', '/nl/digital-score'],
      ['login', '/nl/login'],
    ],
    drawer: 'landing',
  },
  {
    role: 'member',
    email: 'frituur@kantelpunt.demo',
    pages: [
      ['home', '/nl/member'],
      ['profile', '/nl/member/profile'],
      ['channels', '/nl/member/channels'],
    ],
  },
  {
    role: 'advisor',
    email: 'adviseur.limburg@kantelpunt.demo',
    pages: [
      ['triage', '/nl/advisor'],
      ['programme', '/nl/advisor/programme'],
      ['business', 'business'],
      ['follow-ups', '/nl/advisor/follow-ups'],
      ['exports', '/nl/advisor/exports'],
    ],
    drawer: 'triage',
  },
  {
    role: 'staff',
    email: 'staff@kantelpunt.demo',
    pages: [
      ['triage', '/nl/advisor'],
      ['programme', '/nl/advisor/programme'],
      ['users', '/nl/staff/users'],
      ['imports', '/nl/staff/imports'],
      ['exports', '/nl/advisor/exports'],
    ],
    collapse: '/nl/staff/users',
  },
];

/** A port nobody listens on, chosen by the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function signIn(page, email) {
  await page.goto('/nl/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** True when the page is wider than the window: something does not fit. */
const scrollsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

if (!buildIsCurrent()) {
  console.log('Building Kantelpunt first (a production build takes a few minutes)…');
  const code = await runWithProgress(bin('next'), ['build'], 'still building');
  if (code !== 0) process.exit(code);
}

const port = await freePort();
const baseURL = `http://localhost:${port}`;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-screenshots-'));
const server = startPortal(
  port,
  { DEMO_MODE: 'true', AUTH_SECRET: randomBytes(32).toString('base64'), PGLITE_DATA_DIR: path.join(scratch, 'pglite'), DATABASE_URL: '' },
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
let alive = true;
server.on('exit', () => (alive = false));

const outDir = path.join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const saved = [];
const warnings = [];

try {
  if (!(await waitForOk(`${baseURL}/api/health`, 180_000, () => alive))) throw new Error('the portal did not start');
  for (const tour of TOURS) {
    for (const [device, options] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ ...options, baseURL, locale: 'nl-BE' });
      const page = await context.newPage();
      if (tour.email) await signIn(page, tour.email);
      for (const [name, address] of tour.pages) {
        if (address === 'business') {
          await page.goto('/nl/advisor');
          await page.locator('a[href*="/advisor/businesses/"]').first().click();
          await page.waitForURL(/\/advisor\/businesses\//);
        } else {
          await page.goto(address);
        }
        await page.waitForLoadState('load');
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(outDir, `${tour.role}-${name}-${device}.png`);
        await page.screenshot({ path: file, fullPage: true });
        saved.push(file);
        if (await scrollsSideways(page)) warnings.push(`${path.basename(file)}: the page scrolls sideways`);
        if (device === 'phone' && tour.drawer === name) {
          // The signed-in drawer is a dialog, the visitor's a popover: both have a close button.
          await page.getByRole('button', { name: 'Menu openen' }).click();
          const close = page.getByRole('button', { name: 'Menu sluiten' }).last();
          await close.waitFor();
          const drawer = path.join(outDir, `${tour.role}-${name}-${device}-menu.png`);
          await page.screenshot({ path: drawer });
          saved.push(drawer);
          await close.click();
          await close.waitFor({ state: 'hidden' });
        }
      }
      if (tour.collapse && device === 'desktop') {
        await page.goto(tour.collapse);
        await page.getByRole('button', { name: 'Zijbalk inklappen' }).click();
        const file = path.join(outDir, `${tour.role}-collapsed-${device}.png`);
        await page.screenshot({ path: file });
        saved.push(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => (alive ? server.once('exit', resolve) : resolve()));
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\n${saved.length} screenshots:`);
for (const file of saved) console.log(`  ${path.relative(root, file)}`);
if (warnings.length > 0) console.log(`\nTo look at:\n${warnings.map((w) => `  ${w}`).join('\n')}`);
