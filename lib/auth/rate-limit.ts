import { and, count, eq, gt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { loginAttempts } from '@/db/schema';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;

/**
 * Failed sign-ins are counted in the database, so the limit holds across instances and restarts.
 * Attempts refused while locked are not counted, so the lock ends when the window passes.
 */
export async function isSignInLocked(db: Database, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byAccount] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  if ((byAccount?.failures ?? 0) >= MAX_FAILURES_PER_ACCOUNT) return true;
  const [byIp] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return (byIp?.failures ?? 0) >= MAX_FAILURES_PER_IP;
}

export async function recordSignInAttempt(db: Pick<Database, 'insert'>, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}
