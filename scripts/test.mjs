// `npm test`: every test — type check, lint (layering rules included), formatting, unused code, dependency floors (SECURITY.md), unit and integration tests (vitest), a production build
// and the end-to-end suite in Chromium (Playwright) — then one summary line.
// With TEST_DATABASE_URL set, the integration and e2e suites run against that PostgreSQL server
// (each on a fresh database of its own); otherwise on embedded PGlite.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { bin, root, run, runWithProgress, scriptEnv } from './lib.mjs';

const resultsDir = path.join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const database = process.env.TEST_DATABASE_URL ? `PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})` : 'embedded PGlite';
console.log(`\n== Kantelpunt tests on ${database} ==\n`);

const failures = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types
if ((await run(bin('tsc'), ['--noEmit'])) !== 0) failures.push('type check');
else lines.push('type check: ok');

// 1a. Lint (ESLint with the layering rules of eslint.config.mjs), formatting (Prettier) and unused code (knip)
for (const [name, tool, args] of [
  ['lint (eslint, layering rules)', 'eslint', ['.']],
  ['format check (prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']],
  ['unused code (knip)', 'knip', []],
]) {
  if ((await run(bin(tool), args)) !== 0) failures.push(name);
  else lines.push(`${name}: ok`);
}

// 1b. Dependency floors: every installed copy at or above SECURITY.md's floors (the registry answers no `npm audit`)
if ((await run(process.execPath, [path.join(root, 'scripts', 'check-dependency-floors.mjs')])) !== 0) failures.push('dependency floors');
else lines.push('dependency floors (SECURITY.md): ok');

// 2. Unit and integration tests
const vitestJson = path.join(resultsDir, 'vitest.json');
const vitestCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
  lines.push(`vitest (unit + integration): ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}
if (vitestCode !== 0 || !vitest) failures.push('vitest');

// 3. Production build, then 4. end-to-end tests against it
let e2eDatabase;
if ((await runWithProgress(bin('next'), ['build'], 'still building')) !== 0) {
  failures.push('build');
} else {
  const env = { ...scriptEnv(), PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, 'playwright.json') };
  if (process.env.TEST_DATABASE_URL) {
    e2eDatabase = `kantelpunt_e2e_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${e2eDatabase}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${e2eDatabase}`;
    env.E2E_DATABASE_URL = url.toString();
  }
  const playwrightCode = await run(bin('playwright'), ['test'], { env });
  const report = readJson(env.PLAYWRIGHT_JSON_OUTPUT_NAME);
  if (report) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    counts.passed += expected;
    counts.failed += unexpected + flaky;
    counts.skipped += skipped;
    lines.push(`playwright (e2e, Chromium): ${expected} passed, ${unexpected + flaky} failed`);
  }
  if (playwrightCode !== 0 || !report) failures.push('e2e');
  if (e2eDatabase) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${e2eDatabase} with (force)`);
    await admin.end();
  }
}

console.log(`\n== Summary (${database}) ==`);
for (const line of lines) console.log(`  ${line}`);
if (failures.length > 0) console.log(`  failed steps: ${failures.join(', ')}`);
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
