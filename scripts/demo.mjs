// `npm run demo`: builds if needed and starts the portal on the embedded database with demo data,
// then prints the address and the demo sign-ins. Stop it with Ctrl+C.
import path from 'node:path';
import { assertPortFree, bin, buildIsCurrent, localAuthSecret, root, runWithProgress, startPortal, waitForOk } from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
// The demo's accounts share a password printed in the README: only this machine may reach it,
// unless HOST=0.0.0.0 asks for every interface.
const host = process.env.HOST || '127.0.0.1';
const dataDir = path.resolve(root, process.env.PGLITE_DATA_DIR ?? '.data/pglite');

try {
  await assertPortFree(port);
} catch (error) {
  console.error(`Kantelpunt cannot start: ${error.message}`);
  process.exit(1);
}

if (!buildIsCurrent()) {
  // On a 2-core machine a clean build took about 3 minutes, and over 6 while the machine was shared (README).
  console.log('Building Kantelpunt: a production build takes a few minutes the first time (only again after a change)…');
  const code = await runWithProgress(bin('next'), ['build'], 'still building');
  if (code !== 0) process.exit(code);
}

const started = Date.now();
const child = startPortal(port, {
  HOST: host,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  DEMO_MODE: 'true',
  AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(path.dirname(dataDir)),
  PGLITE_DATA_DIR: dataDir,
});
let alive = true;
child.on('exit', (code) => {
  alive = false;
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

const address = `http://localhost:${port}`;
if (await waitForOk(`${address}/api/health`, 180_000, () => alive)) {
  console.log(`
  Kantelpunt is running at ${address}/nl  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s, data in ${process.env.DATABASE_URL ? 'PostgreSQL' : dataDir})

  Demo sign-ins (password for all: kantelpunt-demo-2026)
    staff      staff@kantelpunt.demo
    advisor    adviseur.limburg@kantelpunt.demo      (Limburg)
    advisor    conseiller.wallonie@kantelpunt.demo   (Liège, Namur, Luxembourg, Hainaut)
    member     frituur@kantelpunt.demo               (Frituur De Gouden Friet, Hasselt)
    member     psycholoog@kantelpunt.demo            (Praktijk Mindwijs, Genk)
  More accounts in the README. Stop with Ctrl+C.
`);
}
