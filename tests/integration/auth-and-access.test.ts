import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditEvents, authTokens, businesses, emailOutbox, loginAttempts, userSessions, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { endSession, isSessionLive } from '@/lib/auth/user-sessions';
import { loadViewer } from '@/lib/dal/load-viewer';
import {
  confirmEmailAndSignIn,
  createInvitation,
  registerMember,
  requestPasswordReset,
  resendVerification,
  setPasswordWithToken,
  verifyEmail,
} from '@/lib/dal/accounts';
import { listUsers, updateUser } from '@/lib/dal/users';
import { getBusiness, getOwnBusiness } from '@/lib/dal/businesses';
import { listTriage } from '@/lib/dal/triage';
import { DEFAULT_QUERY } from '@/lib/triage/query';

const listBusinesses = (database: Parameters<typeof listTriage>[0], viewer: Parameters<typeof listTriage>[1]) => listTriage(database, viewer, DEFAULT_QUERY);
import { listOutbox } from '@/lib/dal/outbox';
import { calendarFeedItems, createCalendarFeed } from '@/lib/dal/calendar-feed';
import { AccessDenied } from '@/lib/dal/access';
import { createAdvisor, createBusiness, createStaff, createUser, createViewer, FACTORY_PASSWORD, uniqueTag } from '../support/factories';
import { seedReferenceData } from '@/lib/seed/reference';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
const mail = { appUrl: 'http://portal.test', smtpConfigured: false, ip: '10.0.0.1' };
const context = (ip = '10.0.0.1') => ({ ip, demoAllowed: true });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedReferenceData(database.handle.db);
});
afterAll(async () => {
  await database?.destroy();
});

const db = () => database.handle.db;

// Every test creates the accounts and businesses it needs (tests/support/factories.ts), so it
// passes alone and in any order; no test relies on the demo seed or on what another test did.
const password = FACTORY_PASSWORD;
const signIn = (email: string, ip = '10.0.0.1') => authenticate(db(), { email, password }, context(ip));

async function lastMailTo(address: string) {
  const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).orderBy(desc(emailOutbox.createdAt)).limit(1);
  return row;
}

function tokenIn(text: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no token in: ${text}`);
  return match[1]!;
}

describe('sign-in', () => {
  it('accepts the right password and records the attempt and an audit event', async () => {
    const { user, email } = await createUser(db(), { role: 'staff' });
    const result = await signIn(email.toUpperCase());
    expect(result.ok && result.user.id).toBe(user.id);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.sign_in'), eq(auditEvents.entityId, user.id)));
    expect(audits).toEqual([expect.objectContaining({ actorId: user.id, actorRole: 'staff' })]);
    expect(await db().$count(loginAttempts, and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)))).toBe(1);
  });

  it('gives an unknown e-mail and a wrong password the same answer', async () => {
    const { email } = await createUser(db(), { role: 'staff' });
    const nobody = `nobody-${uniqueTag()}@factory.test`;
    const unknown = await signIn(nobody);
    const wrong = await authenticate(db(), { email, password: 'not-the-password' }, context());
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    const failures = await db()
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.sign_in_failed'), inArray(sql`${auditEvents.details}->>'email'`, [nobody, email])));
    expect(failures.map((f) => f.details).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      [
        { email: nobody, reason: 'invalid' },
        { email, reason: 'invalid' },
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('refuses 10 kB passwords and non-text input without error', async () => {
    const { email } = await createUser(db(), { role: 'staff' });
    expect(await authenticate(db(), { email, password: ['x'] }, context())).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(db(), { email, password: 'x'.repeat(10_240) }, context())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account after 10 failures in 15 minutes, even for the right password, until the window passes', async () => {
    const { email } = await createUser(db(), { role: 'advisor', regions: ['BE-VAN'] });
    for (let i = 0; i < 10; i++) expect((await authenticate(db(), { email, password: `wrong-${i}` }, context(`10.1.0.${i}`))).ok).toBe(false);
    expect(await signIn(email, '10.2.0.1')).toEqual({ ok: false, reason: 'rate_limited' });
    // Move the failures out of the window: the account opens again.
    await db()
      .update(loginAttempts)
      .set({ createdAt: sql`now() - interval '16 minutes'` })
      .where(eq(loginAttempts.email, email));
    expect((await signIn(email, '10.2.0.1')).ok).toBe(true);
  });

  it('locks an address after 50 failures from it, whichever accounts they aim at', async () => {
    const { email } = await createUser(db(), { role: 'staff' });
    const ip = '10.9.9.9';
    for (let i = 0; i < 50; i++) await authenticate(db(), { email: `guess${i}@example.be`, password: 'wrong-password' }, context(ip));
    expect(await signIn(email, ip)).toEqual({ ok: false, reason: 'rate_limited' });
    expect((await signIn(email, '10.9.9.10')).ok).toBe(true);
  });

  it('refuses demo accounts where demo sign-ins are off', async () => {
    const demo = await createUser(db(), { role: 'staff', isDemo: true });
    const real = await createUser(db(), { role: 'staff' });
    expect(await authenticate(db(), { email: demo.email, password }, { ip: '10.3.0.1', demoAllowed: false })).toEqual({ ok: false, reason: 'demo_disabled' });
    expect((await authenticate(db(), { email: real.email, password }, { ip: '10.3.0.1', demoAllowed: false })).ok).toBe(true);
  });
});

describe('sessions live on the server', () => {
  it('a signed-out session is refused, though its token would still decrypt', async () => {
    const session = await signIn((await createUser(db(), { role: 'advisor', regions: ['BE-VOV'] })).email, '10.6.0.1');
    if (!session.ok) throw new Error('sign-in failed');
    const [row] = await db().select().from(userSessions).where(eq(userSessions.id, session.sessionId));
    expect(row).toMatchObject({ userId: session.user.id, ip: '10.6.0.1', revokedAt: null });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(8 * 3600_000);
    expect(await loadViewer(db(), session.user.id, session.sessionId)).toMatchObject({ id: session.user.id, sessionId: session.sessionId });
    await endSession(db(), session.sessionId);
    expect(await loadViewer(db(), session.user.id, session.sessionId)).toBeNull();
    expect(await isSessionLive(db(), session.sessionId, session.user.id)).toBe(false);
  });

  it('ends a session at its absolute expiry, however recently it was used', async () => {
    const session = await signIn((await createUser(db(), { role: 'advisor', regions: ['BE-VOV'] })).email, '10.6.0.2');
    if (!session.ok) throw new Error('sign-in failed');
    await db()
      .update(userSessions)
      .set({ expiresAt: sql`now() - interval '1 second'`, lastSeenAt: sql`now()` })
      .where(eq(userSessions.id, session.sessionId));
    expect(await loadViewer(db(), session.user.id, session.sessionId)).toBeNull();
    expect(await isSessionLive(db(), session.sessionId, session.user.id)).toBe(false);
  });

  it("does not accept one user's session id for another user", async () => {
    const session = await signIn((await createUser(db(), { role: 'advisor', regions: ['BE-VOV'] })).email, '10.6.0.3');
    if (!session.ok) throw new Error('sign-in failed');
    const staff = await createStaff(db());
    expect(await loadViewer(db(), session.user.id, session.sessionId)).not.toBeNull();
    expect(await loadViewer(db(), staff.id, session.sessionId)).toBeNull();
  });
});

describe('sign-in lockout under concurrency', () => {
  it('checks at most 10 passwords when 100 wrong ones for one account arrive at once', async () => {
    const { email } = await createUser(db(), { role: 'advisor', regions: ['BE-BRU'] });
    // From 100 addresses, so only the per-account limit applies.
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authenticate(db(), { email, password: `wrong-${i}` }, context(`10.30.${Math.floor(i / 50)}.${i % 50}`))),
    );
    const forAccount = sql`${auditEvents.details}->>'email' = ${email}`;
    const checked = await db().$count(auditEvents, and(eq(auditEvents.action, 'auth.sign_in_failed'), forAccount));
    const refused = await db().$count(auditEvents, and(eq(auditEvents.action, 'auth.sign_in_refused'), forAccount));
    expect(checked).toBe(10);
    expect(refused).toBe(90);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(90);
    expect(await db().$count(loginAttempts, eq(loginAttempts.email, email))).toBe(10);
  });
});

describe('registration, verification and password reset', () => {
  it('registers a member who verifies through the outbox', async () => {
    const email = `nieuw-${uniqueTag()}@example.be`;
    await registerMember(db(), { name: 'Nieuw Lid', email, password: 'een lange zin als wachtwoord', locale: 'nl' }, mail);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'member', status: 'pending' });
    expect(await authenticate(db(), { email, password: 'een lange zin als wachtwoord' }, context('10.4.0.1'))).toEqual({ ok: false, reason: 'not_verified' });

    const message = await lastMailTo(email);
    expect(message?.status).toBe('outbox_only');
    expect(message?.bodyText).toContain('http://portal.test/nl/verify-email?token=');
    const token = tokenIn(message!.bodyText);
    expect(await verifyEmail(db(), token)).toEqual({ ok: true });
    expect(await verifyEmail(db(), token)).toEqual({ ok: false, problem: 'used' });
    expect((await authenticate(db(), { email, password: 'een lange zin als wachtwoord' }, context('10.4.0.1'))).ok).toBe(true);
  });

  it('signs the member in as the confirmation link confirms the address, once', async () => {
    const email = `bevestigd-${uniqueTag()}@example.be`;
    await registerMember(db(), { name: 'Meteen Binnen', email, password: 'een lange zin als wachtwoord', locale: 'nl' }, mail);
    const token = tokenIn((await lastMailTo(email))!.bodyText);
    const origin = { ip: '10.4.0.9', userAgent: 'test' };
    const signedIn = await confirmEmailAndSignIn(db(), token, origin);
    if (!signedIn.ok) throw new Error('not signed in');
    expect(signedIn.user).toMatchObject({ email, role: 'member' });
    expect(await loadViewer(db(), signedIn.user.id, signedIn.sessionId)).not.toBeNull();
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ status: 'active' });
    expect(user!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmailAndSignIn(db(), token, origin)).toEqual({ ok: false, problem: 'used' });
    expect(await confirmEmailAndSignIn(db(), 'x'.repeat(43), origin)).toEqual({ ok: false, problem: 'invalid' });

    // A link for an account staff deactivated in the meantime opens nothing.
    const other = `gestopt-${uniqueTag()}@example.be`;
    await registerMember(db(), { name: 'Gestopt', email: other, password: 'een lange zin als wachtwoord', locale: 'nl' }, mail);
    const otherToken = tokenIn((await lastMailTo(other))!.bodyText);
    await db().update(users).set({ status: 'deactivated' }).where(eq(users.email, other));
    const sessionsBefore = await db().$count(userSessions);
    expect(await confirmEmailAndSignIn(db(), otherToken, origin)).toEqual({ ok: false, problem: 'invalid' });
    expect(await db().$count(userSessions)).toBe(sessionsBefore);
  });

  it('does not create a second account for the same address in another case', async () => {
    const tag = uniqueTag();
    await registerMember(db(), { name: 'Eerste', email: `dubbel-${tag}@example.be`, password: 'een lange zin als wachtwoord', locale: 'nl' }, mail);
    const before = await db().$count(users);
    await registerMember(db(), { name: 'Dubbel', email: `DUBBEL-${tag}@example.be`, password: 'nog een lange zin hier', locale: 'fr' }, mail);
    expect(await db().$count(users)).toBe(before);
    const message = await lastMailTo(`DUBBEL-${tag}@example.be`);
    expect(message?.subject).toBe('Vous avez déjà un compte Kantelpunt');
  });

  it('resets a password once per link and ends other sessions', async () => {
    const { email } = await createUser(db());
    const signedIn = await signIn(email, '10.4.0.2');
    if (!signedIn.ok) throw new Error('sign-in failed');
    expect(await loadViewer(db(), signedIn.user.id, signedIn.sessionId)).not.toBeNull();
    await requestPasswordReset(db(), email, 'nl', mail);
    const token = tokenIn((await lastMailTo(email))!.bodyText);
    expect(await setPasswordWithToken(db(), 'reset_password', token, 'een heel nieuw wachtwoord')).toEqual({ ok: true, email });
    expect(await setPasswordWithToken(db(), 'reset_password', token, 'nog eens een ander wachtwoord')).toEqual({ ok: false, problem: 'used' });
    expect(await loadViewer(db(), signedIn.user.id, signedIn.sessionId)).toBeNull();
    expect(await isSessionLive(db(), signedIn.sessionId, signedIn.user.id)).toBe(false);
  });

  it('refuses an expired reset link', async () => {
    const { user, email } = await createUser(db());
    await requestPasswordReset(db(), email, 'nl', mail);
    const token = tokenIn((await lastMailTo(email))!.bodyText);
    await db()
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(and(eq(authTokens.userId, user.id), eq(authTokens.kind, 'reset_password')));
    expect(await setPasswordWithToken(db(), 'reset_password', token, 'een heel nieuw wachtwoord 2')).toEqual({ ok: false, problem: 'expired' });
    expect((await signIn(email, '10.4.0.3')).ok).toBe(true);
  });

  it('sends nothing and reveals nothing for an unknown address', async () => {
    const before = await db().$count(emailOutbox);
    await requestPasswordReset(db(), `onbekend-${uniqueTag()}@example.be`, 'nl', mail);
    expect(await db().$count(emailOutbox)).toBe(before);
  });

  it('sends a new confirmation link to an unconfirmed account, at most one every ten minutes, and none to others', async () => {
    const email = `kwijt-${uniqueTag()}@example.be`;
    await registerMember(db(), { name: 'Link Kwijt', email, password: 'een lange zin als wachtwoord', locale: 'fr' }, mail);
    const first = tokenIn((await lastMailTo(email))!.bodyText);
    const mailsTo = () => db().$count(emailOutbox, eq(emailOutbox.toAddress, email));
    // Asked right away (the first link is still fresh), and twice at once: nothing more is sent.
    await Promise.all([resendVerification(db(), email.toUpperCase(), 'nl', mail), resendVerification(db(), email, 'nl', mail)]);
    expect(await mailsTo()).toBe(1);
    // Ten minutes later a new link goes out, in the member's language, and it confirms the account.
    await db()
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(authTokens.tokenHash, sql`(select token_hash from auth_tokens t join users u on u.id = t.user_id where u.email = ${email} limit 1)`));
    await Promise.all([resendVerification(db(), email, 'nl', mail), resendVerification(db(), email, 'nl', mail)]);
    expect(await mailsTo()).toBe(2);
    const message = await lastMailTo(email);
    expect(message!.bodyText).toContain('http://portal.test/fr/verify-email?token=');
    const second = tokenIn(message!.bodyText);
    expect(second).not.toBe(first);
    expect(await verifyEmail(db(), second)).toEqual({ ok: true });
    // Confirmed, or unknown: nothing is sent.
    await db()
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(authTokens.kind, 'verify_email'));
    await resendVerification(db(), email, 'nl', mail);
    await resendVerification(db(), `onbekend-${uniqueTag()}@example.be`, 'nl', mail);
    expect(await mailsTo()).toBe(2);
  });
});

describe('staff user management', () => {
  it('invites an advisor who sets a password and sees only their region', async () => {
    const staff = await createStaff(db());
    const inLuxembourg = await createBusiness(db(), { province: 'BE-WLX' });
    const inLimburg = await createBusiness(db(), { province: 'BE-VLI' });
    const email = `adviseur.${uniqueTag()}@example.be`;
    const invited = await createInvitation(db(), staff, { name: 'Nieuwe Adviseur', email, role: 'advisor', regions: ['BE-WLX'], locale: 'nl' }, mail);
    expect(invited.ok).toBe(true);
    expect(await createInvitation(db(), staff, { name: 'Nog eens', email: email.toUpperCase(), role: 'staff', regions: [], locale: 'nl' }, mail)).toEqual({
      ok: false,
      problem: 'email_taken',
    });
    const token = tokenIn((await lastMailTo(email))!.bodyText);
    expect((await setPasswordWithToken(db(), 'invitation', token, 'mijn eigen wachtwoordzin')).ok).toBe(true);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    const advisor = (await loadViewer(db(), user!.id))!;
    expect(advisor).toMatchObject({ role: 'advisor', regions: ['BE-WLX'] });
    const { rows, total } = await listBusinesses(db(), advisor);
    const ids = rows.map((row) => row.id);
    expect(ids).toContain(inLuxembourg.id);
    expect(ids).not.toContain(inLimburg.id);
    expect(total).toBe(await db().$count(businesses, eq(businesses.province, 'BE-WLX')));
    expect(new Set(rows.map((row) => row.province))).toEqual(new Set(['BE-WLX']));
  });

  it('changes role, regions and status, audited, and a deactivated user loses access at once', async () => {
    const staff = await createStaff(db());
    const advisor = await createAdvisor(db(), ['BE-VLI']);
    const session = await signIn(advisor.email, '10.5.0.2');
    if (!session.ok) throw new Error('sign-in failed');

    const feed = await createCalendarFeed(db(), advisor);
    expect(await calendarFeedItems(db(), feed)).not.toBeNull();
    expect(await updateUser(db(), staff, advisor.id, { role: 'advisor', status: 'active', regions: ['BE-VLI', 'BE-VAN'], canExport: true })).toEqual({
      ok: true,
    });
    expect(await loadViewer(db(), advisor.id, session.sessionId)).toMatchObject({ regions: expect.arrayContaining(['BE-VAN', 'BE-VLI']), canExport: true });

    expect(await updateUser(db(), staff, advisor.id, { role: 'member', status: 'active', regions: [], canExport: true })).toEqual({ ok: true });
    // A member cannot hold the export permission, whatever the form says.
    expect(await loadViewer(db(), advisor.id, session.sessionId)).toMatchObject({ role: 'member', canExport: false });

    expect(await updateUser(db(), staff, advisor.id, { role: 'advisor', status: 'deactivated', regions: ['BE-VLI'], canExport: false })).toEqual({ ok: true });
    expect(await loadViewer(db(), advisor.id, session.sessionId)).toBeNull();
    expect(await signIn(advisor.email, '10.5.0.1')).toEqual({ ok: false, reason: 'deactivated' });

    // Reactivated, the old session stays dead (deactivation ended it); a new sign-in works.
    expect(await updateUser(db(), staff, advisor.id, { role: 'advisor', status: 'active', regions: ['BE-VLI'], canExport: false })).toEqual({ ok: true });
    expect(await loadViewer(db(), advisor.id, session.sessionId)).toBeNull();
    // So does the calendar feed: its address was revoked with the deactivation.
    expect(await calendarFeedItems(db(), feed)).toBeNull();
    expect((await signIn(advisor.email, '10.5.0.1')).ok).toBe(true);

    const actions = (
      await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, advisor.id), eq(auditEvents.actorId, staff.id)))
    ).map((e) => e.action);
    expect(new Set(actions)).toEqual(
      new Set(['user.regions_changed', 'user.role_changed', 'user.deactivated', 'user.reactivated', 'user.export_granted', 'user.export_revoked']),
    );
  });

  it('does not let staff lock themselves out', async () => {
    const staff = await createStaff(db());
    expect(await updateUser(db(), staff, staff.id, { role: 'advisor', status: 'active', regions: ['BE-VLI'], canExport: false })).toEqual({
      ok: false,
      problem: 'self_demotion',
    });
    expect(await updateUser(db(), staff, staff.id, { role: 'staff', status: 'deactivated', regions: [], canExport: false })).toEqual({
      ok: false,
      problem: 'self_deactivation',
    });
    expect(await loadViewer(db(), staff.id)).toMatchObject({ role: 'staff' });
  });

  it('is refused to anyone but staff', async () => {
    const advisor = await createAdvisor(db(), ['BE-VLI']);
    const member = await createViewer(db());
    await expect(listUsers(db(), advisor, {})).rejects.toBeInstanceOf(AccessDenied);
    await expect(listUsers(db(), null, {})).rejects.toBeInstanceOf(AccessDenied);
    await expect(updateUser(db(), member, member.id, { role: 'staff', status: 'active', regions: [], canExport: false })).rejects.toBeInstanceOf(AccessDenied);
    await expect(listOutbox(db(), advisor)).rejects.toBeInstanceOf(AccessDenied);
    const staff = await createStaff(db());
    const tag = uniqueTag();
    const named = [
      await createAdvisor(db(), ['BE-VLI'], { name: `Limburg ${tag} Een` }),
      await createAdvisor(db(), ['BE-VLI'], { name: `Limburg ${tag} Twee` }),
    ];
    const { rows, total } = await listUsers(db(), staff, { q: tag });
    expect(total).toBe(2);
    expect(rows.map((row) => row.id)).toEqual(named.map((user) => user.id));
  });
});

describe('who sees which business', () => {
  it('scopes advisors to their provinces, members to their own business and staff to all', async () => {
    const limburg = await createAdvisor(db(), ['BE-VLI']);
    const wallonia = await createAdvisor(db(), ['BE-WLG', 'BE-WNA', 'BE-WLX', 'BE-WHT']);
    const staff = await createStaff(db());
    const chipShopOwner = await createViewer(db());
    const otherMember = await createViewer(db());
    const chipShop = await createBusiness(db(), { province: 'BE-VLI', ownerId: chipShopOwner.id });
    const inLiege = await createBusiness(db(), { province: 'BE-WLG', ownerId: otherMember.id });

    expect((await getBusiness(db(), limburg, chipShop.id))?.name).toBe(chipShop.name);
    expect(await getBusiness(db(), limburg, inLiege.id)).toBeNull();
    expect(await getBusiness(db(), wallonia, chipShop.id)).toBeNull();
    expect((await getBusiness(db(), wallonia, inLiege.id))?.name).toBe(inLiege.name);
    expect((await getBusiness(db(), staff, chipShop.id))?.name).toBe(chipShop.name);
    expect((await getOwnBusiness(db(), chipShopOwner))?.id).toBe(chipShop.id);
    expect(await getBusiness(db(), otherMember, chipShop.id)).toBeNull();
    expect((await getOwnBusiness(db(), otherMember))?.id).toBe(inLiege.id);
    await expect(listBusinesses(db(), chipShopOwner)).rejects.toBeInstanceOf(AccessDenied);

    const all = await listBusinesses(db(), staff);
    const limburgOnly = await listBusinesses(db(), limburg);
    expect(all.total).toBe(await db().$count(businesses));
    expect(limburgOnly.total).toBe(await db().$count(businesses, eq(businesses.province, 'BE-VLI')));
    expect(limburgOnly.rows.map((row) => row.id)).toContain(chipShop.id);
    expect(limburgOnly.rows.map((row) => row.id)).not.toContain(inLiege.id);
  });
});
