// `npm start`: the production server. Checks the port first so that a clash is one clear line.
import { spawn } from 'node:child_process';
import { assertPortFree, bin, root } from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
try {
  await assertPortFree(port);
} catch (error) {
  console.error(`Kantelpunt cannot start: ${error.message}`);
  process.exit(1);
}
const child = spawn(bin('next'), ['start', '-p', String(port)], { stdio: 'inherit', cwd: root, env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
