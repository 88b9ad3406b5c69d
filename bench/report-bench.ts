import { spawn } from 'node:child_process';

/** Runs bench/report-run.ts against `databaseUrl` in a child process (why: see that file) and waits for it. */
export function benchReport(databaseUrl: string, runs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Without the parent's --conditions=react-server: the child gets the React react-pdf needs.
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/report-run.ts', databaseUrl, String(runs)], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the report bench exited with ${code}`))));
  });
}
