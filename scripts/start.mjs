// `npm start`: the production server (scripts/server.mjs). Checks the port first so that a clash is one clear line.
import { spawn } from 'node:child_process';
import { assertPortFree, root, SERVER_ARGS } from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
try {
  await assertPortFree(port);
} catch (error) {
  console.error(`Kantelpunt cannot start: ${error.message}`);
  process.exit(1);
}
const child = spawn(process.execPath, SERVER_ARGS, {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
