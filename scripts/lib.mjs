// Small helpers shared by the start, demo and test scripts (plain Node, no build step needed).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Resolves when `port` can be bound, rejects with a readable message when it cannot. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use — stop what runs there or choose another with PORT=…`
            : `cannot listen on port ${port}: ${error.message}`,
        ),
      );
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

/**
 * The environment of every process these scripts start. Next's telemetry stays off: its notice reads
 * as a warning to someone running the demo or the tests for the first time (set
 * NEXT_TELEMETRY_DISABLED=0 yourself to send it anyway).
 */
export function scriptEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1', ...extra };
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, env: scriptEnv(), ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a long command (a production build) passing its output through, and prints a line with the
 * time so far whenever it has been quiet for `quietMs`: `next build` says nothing for minutes on a
 * busy machine, and a newcomer must see it is still alive. Resolves with the exit code.
 */
export function runWithProgress(command, args, label, quietMs = 20_000) {
  return new Promise((resolve) => {
    const started = Date.now();
    let lastOutput = started;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, env: scriptEnv() });
    const pass = (target) => (chunk) => {
      lastOutput = Date.now();
      target.write(chunk);
    };
    child.stdout.on('data', pass(process.stdout));
    child.stderr.on('data', pass(process.stderr));
    const ticker = setInterval(() => {
      if (Date.now() - lastOutput < quietMs) return;
      lastOutput = Date.now();
      console.log(`  … ${label}: ${Math.round((Date.now() - started) / 1000)} s so far`);
    }, 1_000);
    // 'close', not 'exit': the last lines of output arrive after the process has exited.
    child.on('close', (code, signal) => {
      clearInterval(ticker);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** A stable secret for the local demo, kept beside its data (production sets AUTH_SECRET itself). */
export function localAuthSecret(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function newestMtime(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'i18n',
  'messages',
  'data',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
];

/** True when .next holds a production build newer than every source file. */
export function buildIsCurrent() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

/** Polls a URL until it answers 200 or the time runs out. */
export async function waitForOk(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * How Node runs the portal's server: scripts/server.mjs behind a young generation of 64 MB a
 * half. Rendering a page allocates a few MB that die at once; with Node's default (16 MB) the
 * scavenger ran several times per request and took about 12 % of the triage page's CPU
 * (bench/page-profile.ts), the larger one gave that page about 15 % more answers a second.
 */
export const SERVER_ARGS = ['--max-semi-space-size=64', path.join(root, 'scripts', 'server.mjs')];

/**
 * Starts the production build through the portal's own server (scripts/server.mjs) on
 * 127.0.0.1:`port`, with links pointing at http://localhost:`port` unless `env` says otherwise.
 * For the demo's, the tests' and the benchmark's servers; `npm start` runs server.mjs directly.
 */
export function startPortal(port, env = {}, options = {}) {
  return spawn(process.execPath, SERVER_ARGS, {
    cwd: root,
    stdio: 'inherit',
    ...options,
    env: { ...scriptEnv(), NODE_ENV: 'production', HOST: '127.0.0.1', APP_URL: `http://localhost:${port}`, ...env, PORT: String(port) },
  });
}
