// `npm start`: the production server (scripts/server.mjs). Checks the port first so that a clash is one clear line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { assertPortFree, root } from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
try {
  await assertPortFree(port);
} catch (error) {
  console.error(`Kantelpunt cannot start: ${error.message}`);
  process.exit(1);
}
const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
