import 'server-only';
import { after } from 'next/server';
import { runPendingJobs } from '@/lib/jobs/worker';
import { getDb } from './database';

/** Works off queued background jobs after the response has gone out. */
export function scheduleJobs(): void {
  after(async () => {
    try {
      await runPendingJobs(await getDb());
    } catch (error) {
      console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
