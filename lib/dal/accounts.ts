import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { advisorRegions, authTokens, users, type User } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { endUserSessions, startSession, type SessionOrigin } from '@/lib/auth/user-sessions';
import { hashToken, newToken, TOKEN_LIFETIME_MS } from '@/lib/auth/tokens';
import { translator } from '@/lib/i18n/translator';
import { queueMail } from '@/lib/mail/outbox';
import type { Province } from '@/lib/domain/provinces';
import { claimQuickScan, type ScanOutcome } from './quick-scan';

/** Where e-mailed links point, and whether mail leaves through SMTP or stays in the outbox. */
export interface MailContext {
  appUrl: string;
  smtpConfigured: boolean;
  ip?: string;
}

type TokenKind = keyof typeof TOKEN_LIFETIME_MS;

async function issueToken(tx: Pick<Database, 'insert'>, userId: string, kind: TokenKind): Promise<string> {
  const { token, hash } = newToken();
  await tx.insert(authTokens).values({ userId, kind, tokenHash: hash, expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[kind]) });
  return token;
}

const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase());

export type TokenProblem = 'invalid' | 'expired' | 'used';

/** Finds an unused, unexpired token of `kind` and locks it; the problem otherwise. */
async function consumeToken(tx: Database, token: string, kind: TokenKind): Promise<{ userId: string } | { problem: TokenProblem }> {
  const [row] = await tx
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind)))
    .for('update')
    .limit(1);
  if (!row) return { problem: 'invalid' };
  if (row.usedAt) return { problem: 'used' };
  if (row.expiresAt && row.expiresAt < new Date()) return { problem: 'expired' };
  await tx.update(authTokens).set({ usedAt: new Date() }).where(eq(authTokens.id, row.id));
  return { userId: row.userId };
}

export interface Registration {
  name: string;
  email: string;
  password: string;
  locale: AppLocale;
}

/**
 * A member registers. The answer is the same whether or not the address is known (no account
 * discovery); a known address gets an e-mail pointing to sign-in and password reset instead.
 * The quick scan of `scanToken` is claimed for the new account; `scan` says whether it was (null:
 * no scan brought). When another registration took the same scan a moment earlier, it says 'used'.
 */
export async function registerMember(
  db: Database,
  input: Registration,
  mail: MailContext,
  scanToken: string | null = null,
): Promise<{ scan: ScanOutcome | null }> {
  const t = translator(input.locale, 'email');
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return db.transaction(async (tx) => {
    // No account is made, so the scan goes into none, but it is used up as a new account's claim
    // would use it: neither the answer nor the token afterwards reveals that the address is known.
    const asIfNew = async () => ({ scan: scanToken ? await claimQuickScan(tx, scanToken, null, now) : null });
    const [existing] = await tx.select({ id: users.id }).from(users).where(byEmail(input.email)).limit(1);
    if (existing) {
      await queueMail(
        tx,
        {
          to: input.email,
          subject: t('alreadyRegistered.subject'),
          text: t('alreadyRegistered.body', { signIn: `${mail.appUrl}/${input.locale}/login`, reset: `${mail.appUrl}/${input.locale}/forgot-password` }),
        },
        mail.smtpConfigured,
      );
      await recordAudit(tx, { action: 'auth.register_existing_email', entityType: 'user', entityId: existing.id, ip: mail.ip });
      return asIfNew();
    }
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, role: 'member', status: 'pending', locale: input.locale })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return asIfNew(); // registered a moment ago by a concurrent request
    // The quick scan taken in this browser goes into the new account (never into an existing one).
    const scan = scanToken ? await claimQuickScan(tx, scanToken, user.id, now) : null;
    const token = await issueToken(tx, user.id, 'verify_email');
    await queueMail(
      tx,
      {
        to: input.email,
        subject: t('verify.subject'),
        text: t('verify.body', { name: input.name, link: `${mail.appUrl}/${input.locale}/verify-email?token=${token}` }),
      },
      mail.smtpConfigured,
    );
    await recordAudit(tx, { actorId: user.id, actorRole: 'member', action: 'auth.register', entityType: 'user', entityId: user.id, ip: mail.ip });
    return { scan };
  });
}

export async function verifyEmail(db: Database, token: string): Promise<{ ok: true } | { ok: false; problem: TokenProblem }> {
  return db.transaction(async (tx) => {
    const result = await consumeToken(tx as unknown as Database, token, 'verify_email');
    if ('problem' in result) return { ok: false, problem: result.problem };
    await tx
      .update(users)
      .set({ status: 'active', emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, result.userId), eq(users.status, 'pending')));
    await recordAudit(tx, { actorId: result.userId, actorRole: 'member', action: 'auth.email_verified', entityType: 'user', entityId: result.userId });
    return { ok: true };
  });
}

/**
 * Confirms the address with the e-mailed link and signs the member in, in one transaction: the
 * link proves the address as a password would, once (the member was sent it a moment ago and has
 * just clicked). Only an account the link activated gets a session; a deactivated one does not.
 */
export async function confirmEmailAndSignIn(
  db: Database,
  token: string,
  origin: SessionOrigin,
): Promise<{ ok: true; user: Pick<User, 'id' | 'email' | 'name' | 'role'>; sessionId: string } | { ok: false; problem: TokenProblem }> {
  return db.transaction(async (tx) => {
    const result = await consumeToken(tx as unknown as Database, token, 'verify_email');
    if ('problem' in result) return { ok: false, problem: result.problem };
    const [user] = await tx
      .update(users)
      .set({ status: 'active', emailVerifiedAt: new Date(), lastSignInAt: new Date(), updatedAt: new Date() })
      .where(and(eq(users.id, result.userId), eq(users.status, 'pending')))
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!user) return { ok: false, problem: 'invalid' };
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.email_verified', entityType: 'user', entityId: user.id, ip: origin.ip });
    await recordAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
      details: { by: 'email_link' },
      ip: origin.ip,
    });
    return { ok: true, user, sessionId: await startSession(tx, user.id, origin) };
  });
}

/** How long after one confirmation link another is sent: a form submitted again and again sends one e-mail. */
const RESEND_VERIFICATION_AFTER_MS = 10 * 60_000;

/**
 * Sends a new confirmation link to an account that is not confirmed yet (the first one lost,
 * expired or used up by a mail scanner). Says nothing about whether the address exists, and sends
 * at most one link per account every ten minutes.
 */
export async function resendVerification(db: Database, email: string, locale: AppLocale, mail: MailContext): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(byEmail(email)).limit(1);
    if (!user || user.status !== 'pending') {
      await recordAudit(tx, { action: 'auth.verify_resend_unknown', details: { email }, ip: mail.ip });
      return;
    }
    // Locked, so two requests at once send one link between them.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    const [recent] = await tx
      .select({ id: authTokens.id })
      .from(authTokens)
      .where(
        and(eq(authTokens.userId, user.id), eq(authTokens.kind, 'verify_email'), gt(authTokens.createdAt, new Date(Date.now() - RESEND_VERIFICATION_AFTER_MS))),
      )
      .limit(1);
    if (recent) {
      await recordAudit(tx, {
        actorId: user.id,
        actorRole: user.role,
        action: 'auth.verify_resend_throttled',
        entityType: 'user',
        entityId: user.id,
        ip: mail.ip,
      });
      return;
    }
    const t = translator(user.locale, 'email');
    const token = await issueToken(tx, user.id, 'verify_email');
    await queueMail(
      tx,
      {
        to: user.email,
        subject: t('verify.subject'),
        text: t('verify.body', { name: user.name, link: `${mail.appUrl}/${user.locale ?? locale}/verify-email?token=${token}` }),
      },
      mail.smtpConfigured,
    );
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.verify_resent', entityType: 'user', entityId: user.id, ip: mail.ip });
  });
}

/** Sends a reset link to an active account; says nothing about whether the address exists. */
export async function requestPasswordReset(db: Database, email: string, locale: AppLocale, mail: MailContext): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(byEmail(email)).limit(1);
    if (!user || user.status !== 'active') {
      await recordAudit(tx, { action: 'auth.password_reset_unknown', details: { email }, ip: mail.ip });
      return;
    }
    const t = translator(user.locale, 'email');
    const token = await issueToken(tx, user.id, 'reset_password');
    await queueMail(
      tx,
      {
        to: user.email,
        subject: t('reset.subject'),
        text: t('reset.body', { name: user.name, link: `${mail.appUrl}/${user.locale ?? locale}/reset-password?token=${token}` }),
      },
      mail.smtpConfigured,
    );
    await recordAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      ip: mail.ip,
    });
  });
}

/** Sets a new password from a reset or invitation link; every other session of the user ends. */
export async function setPasswordWithToken(
  db: Database,
  kind: 'reset_password' | 'invitation',
  token: string,
  password: string,
): Promise<{ ok: true; email: string } | { ok: false; problem: TokenProblem }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const result = await consumeToken(tx as unknown as Database, token, kind);
    if ('problem' in result) return { ok: false, problem: result.problem };
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        updatedAt: new Date(),
        ...(kind === 'invitation' ? { status: 'active' as const, emailVerifiedAt: new Date() } : {}),
      })
      .where(
        kind === 'invitation' ? and(eq(users.id, result.userId), eq(users.status, 'pending')) : and(eq(users.id, result.userId), eq(users.status, 'active')),
      )
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!user) return { ok: false, problem: 'invalid' };
    // Whoever knew the old password (or holds a copied cookie) is signed out everywhere.
    await endUserSessions(tx, user.id);
    // Other outstanding links of the same kind stop working too.
    await tx
      .update(authTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(authTokens.userId, user.id), eq(authTokens.kind, kind), isNull(authTokens.usedAt)));
    await recordAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: kind === 'invitation' ? 'auth.invitation_accepted' : 'auth.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
    return { ok: true, email: user.email };
  });
}

/** True when a token of `kind` would be accepted now (to show the form or explain why not). */
export async function checkToken(db: Database, token: string, kind: TokenKind): Promise<TokenProblem | null> {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind)))
    .limit(1);
  if (!row) return 'invalid';
  if (row.usedAt) return 'used';
  if (row.expiresAt && row.expiresAt < new Date()) return 'expired';
  return null;
}

export interface Invitation {
  name: string;
  email: string;
  role: 'advisor' | 'staff';
  regions: Province[];
  locale: AppLocale;
}

/** Staff invite an advisor or a colleague: a pending account and a link to set the password. */
export async function createInvitation(
  db: Database,
  inviter: { id: string; name: string },
  input: Invitation,
  mail: MailContext,
): Promise<{ ok: true; userId: string } | { ok: false; problem: 'email_taken' }> {
  const t = translator(input.locale, 'email');
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(byEmail(input.email)).limit(1);
    if (existing) return { ok: false, problem: 'email_taken' };
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, role: input.role, status: 'pending', locale: input.locale })
      .returning({ id: users.id });
    if (!user) return { ok: false, problem: 'email_taken' };
    if (input.role === 'advisor' && input.regions.length > 0) {
      await tx.insert(advisorRegions).values(input.regions.map((province) => ({ userId: user.id, province })));
    }
    const token = await issueToken(tx, user.id, 'invitation');
    await queueMail(
      tx,
      {
        to: input.email,
        subject: t('invitation.subject'),
        text: t('invitation.body', { name: input.name, inviter: inviter.name, link: `${mail.appUrl}/${input.locale}/invitation?token=${token}` }),
      },
      mail.smtpConfigured,
    );
    await recordAudit(tx, {
      actorId: inviter.id,
      actorRole: 'staff',
      action: 'user.invited',
      entityType: 'user',
      entityId: user.id,
      details: { role: input.role, regions: input.regions },
      ip: mail.ip,
    });
    return { ok: true, userId: user.id };
  });
}
