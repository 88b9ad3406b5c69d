import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { loginAttempts } from '@/db/schema';

const LOGIN_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 10;
const MAX_FAILURES_PER_IP = 50;

/**
 * Failed sign-ins are counted in the database, so the limit holds across instances and restarts.
 * Attempts refused while locked are not counted, so the lock ends when the window passes.
 */
async function isSignInLocked(db: Pick<Database, 'select'>, email: string, ip: string, now = new Date()): Promise<boolean> {
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

/**
 * Checks the limit and records the attempt in one step, before the password is checked: the
 * attempt counts as a failure until `markSignInSucceeded`. Concurrent attempts on one account
 * (or from one address) wait on a transaction-scoped advisory lock, so a burst of 100 attempts
 * gets at most 10 password checks, on every instance. Locks are always taken account first, then
 * address, so two attempts can never wait on each other. Null when the limit is reached.
 */
export async function reserveSignInAttempt(db: Database, email: string, ip: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kantelpunt:sign-in:account:${email}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kantelpunt:sign-in:ip:${ip}`}, 0))`);
    if (await isSignInLocked(tx, email, ip)) return null;
    const [row] = await tx.insert(loginAttempts).values({ email, ip, succeeded: false }).returning({ id: loginAttempts.id });
    return row!.id;
  });
}

export async function markSignInSucceeded(db: Pick<Database, 'update'>, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}
