import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, root, run } from '../scripts/lib.mjs';

const SOURCE = path.join(root, 'bench', 'minimal-page');

/** The yardstick app (bench/minimal-page), built and ready to start. */
export interface MinimalApp {
  start(port: number, env?: Record<string, string>): ChildProcess;
  dispose(): void;
}

/**
 * Builds the smallest Next.js app, as the benchmarks' yardstick: its `/` runs the triage table's
 * default query (bench/page-measure.ts), its `/text` is static text only (bench/scan-measure.ts).
 * Built outside the repository (inside it, Next.js takes the portal's root for the project's and
 * compiles the portal's proxy and instrumentation into the yardstick), with webpack, which follows
 * the symlinked node_modules where Turbopack refuses files outside its root.
 */
export async function buildMinimalApp(): Promise<MinimalApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-minimal-page-'));
  cpSync(SOURCE, dir, { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  if ((await run(bin('next'), ['build', '--webpack'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('minimal page build failed');
  }
  return {
    start: (port, env = {}) =>
      spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production', ...env },
      }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
