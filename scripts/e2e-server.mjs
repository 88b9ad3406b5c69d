// The server the end-to-end suite talks to: the production build on a database of its own —
// a fresh PGlite directory, or the PostgreSQL database named by E2E_DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPortal } from './lib.mjs';

const port = process.argv[2] ?? '3107';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kantelpunt-e2e-'));
const child = startPortal(port, {
  DEMO_MODE: 'true',
  AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
  PGLITE_DATA_DIR: path.join(scratch, 'pglite'),
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
});
const cleanup = () => rmSync(scratch, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code) => {
  cleanup();
  process.exit(code ?? 0);
});
