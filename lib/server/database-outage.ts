import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { newDatabaseOutageId } from '@/lib/errors/error-id';
import { getDatabaseHandle } from './database';

/**
 * The database did not answer. Carries its own `digest`, which Next keeps (instead of hashing the
 * message) and sends to the browser: the error pages recognise its prefix and say the portal is
 * unavailable rather than that something went wrong, and show the id the server log has too.
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = newDatabaseOutageId();

  constructor(cause: unknown) {
    super('The database is not answering', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * After a failed database read: when the database does not answer a ping either, the failure is an
 * outage and is rethrown as one; otherwise the original error goes on unchanged.
 */
export async function rethrowAsOutageWhenDatabaseDown(error: unknown, ping: () => Promise<void> = defaultPing): Promise<never> {
  // Redirects, not-found and "render this page per request" are Next's signals, not failures.
  unstable_rethrow(error);
  if (error instanceof DatabaseUnavailableError) throw error;
  let answers = true;
  try {
    await ping();
  } catch {
    answers = false;
  }
  throw answers ? error : new DatabaseUnavailableError(error);
}

async function defaultPing(): Promise<void> {
  const handle = await getDatabaseHandle();
  await handle.ping(2_000);
}
