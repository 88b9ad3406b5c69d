import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { users, type User } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { markSignInSucceeded, reserveSignInAttempt } from './rate-limit';
import { startSession } from './user-sessions';

export type SignInFailure = 'invalid' | 'rate_limited' | 'not_verified' | 'deactivated' | 'demo_disabled';

export type SignInResult =
  { ok: true; user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'locale'>; sessionId: string } | { ok: false; reason: SignInFailure };

// Not strict: Auth.js adds its own keys (callbackUrl, redirect…) to the credentials it hands to
// authorize. The sign-in action in front of it is strict about what a client may post.
const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
});

// Verifying against this when the e-mail is unknown makes both failures take the same time.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('kantelpunt-timing-equaliser'));

export interface SignInContext {
  ip: string;
  /** Shown beside the session in the user's list of active sessions. */
  userAgent?: string | null;
  /** Demo accounts sign in only where DEMO_MODE is on or outside production. */
  demoAllowed: boolean;
}

/** Checks e-mail and password, with the database-backed rate limit; writes the attempt and an audit event. */
export async function authenticate(db: Database, input: unknown, context: SignInContext): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const attemptId = await reserveSignInAttempt(db, email, context.ip);
  if (attemptId === null) {
    await recordAudit(db, { action: 'auth.sign_in_refused', details: { email, reason: 'rate_limited' }, ip: context.ip });
    return { ok: false, reason: 'rate_limited' };
  }

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummy()), password);
  const failure: SignInFailure | null =
    !user || !user.passwordHash || !passwordOk
      ? 'invalid'
      : user.status === 'deactivated'
        ? 'deactivated'
        : user.status === 'pending'
          ? 'not_verified'
          : user.isDemo && !context.demoAllowed
            ? 'demo_disabled'
            : null;

  const sessionId = await db.transaction(async (tx) => {
    if (!failure) await markSignInSucceeded(tx, attemptId);
    await recordAudit(tx, {
      actorId: user?.id,
      actorRole: user?.role,
      action: failure ? 'auth.sign_in_failed' : 'auth.sign_in',
      entityType: 'user',
      entityId: user?.id,
      details: failure ? { email, reason: failure } : undefined,
      ip: context.ip,
    });
    if (failure || !user) return null;
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    return startSession(tx, user.id, { userAgent: context.userAgent ?? null, ip: context.ip });
  });

  if (failure || !user || !sessionId) return { ok: false, reason: failure ?? 'invalid' };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale }, sessionId };
}
