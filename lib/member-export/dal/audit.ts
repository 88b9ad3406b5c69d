import 'server-only';
import type { Database } from '@/db/client';
import { recordAudit, type AuditInput } from '@/lib/audit';

/** Waits between attempts: about 15 s in all, longer than the pool waits for a connection (5 s). */
const BACKOFF_MS = [100, 250, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * Writes an export's closing audit event even when the pool is briefly exhausted or the database
 * hiccups: the event is the only record of what left the portal, so it is retried, and a final
 * failure is logged with the whole event so it can be entered by hand.
 */
export async function recordAuditWithRetries(db: Database, event: AuditInput, backoffMs: readonly number[] = BACKOFF_MS): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await recordAudit(db, event);
      return true;
    } catch (error) {
      const wait = backoffMs[attempt];
      if (wait === undefined) {
        console.error(`[exports] AUDIT EVENT LOST after ${attempt + 1} attempts (${(error as Error).message}): ${JSON.stringify(event)}`);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
