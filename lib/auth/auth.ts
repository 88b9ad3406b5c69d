import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authSecret, env } from '@/lib/config/env';
import { getDb } from '@/lib/server/database';
import { recordAudit } from '@/lib/audit';
import { clientIp } from '@/lib/server/request';
import { authenticate, type SignInFailure } from './authenticate';
import { confirmEmailAndSignIn, type TokenProblem } from '@/lib/dal/accounts';
import { endSession, isSessionLive, SESSION_LIFETIME_MS } from './user-sessions';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: 'member' | 'advisor' | 'staff' } & DefaultSession['user'];
  }
  interface User {
    role?: 'member' | 'advisor' | 'staff';
    /** The server-side session opened by this sign-in (`user_sessions`). */
    sessionId?: string;
  }
}

/** Carries why a sign-in failed to the sign-in form (Auth.js passes `code` through). */
class SignInError extends CredentialsSignin {
  constructor(reason: SignInFailure | TokenProblem) {
    super(reason);
    this.code = reason;
  }
}

export const { handlers, signIn, signOut } = NextAuth({
  // Always on, so AUTH_TRUST_HOST is neither needed nor read. Auth.js then takes the host of its own
  // redirects from the request, which only sends a client that forged X-Forwarded-Host back to
  // itself. Every link that leaves the portal (e-mails, calendar feeds) is built from APP_URL instead.
  trustHost: true,
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_MS / 1000 },
  logger: {
    // A failed sign-in is an expected outcome (audited in the database), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  pages: { signIn: '/nl/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const config = env();
        const result = await authenticate(await getDb(), credentials, {
          ip: clientIp(request.headers),
          userAgent: request.headers.get('user-agent'),
          demoAllowed: config.DEMO_MODE || config.NODE_ENV !== 'production',
        });
        if (!result.ok) throw new SignInError(result.reason);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionId: result.sessionId };
      },
    }),
    // The e-mail confirmation link signs the member in as it confirms the address (once).
    Credentials({
      id: 'email-link',
      credentials: { token: {} },
      async authorize(credentials, request) {
        const token = typeof credentials.token === 'string' ? credentials.token : '';
        const result = await confirmEmailAndSignIn(await getDb(), token, { ip: clientIp(request.headers), userAgent: request.headers.get('user-agent') });
        if (!result.ok) throw new SignInError(result.problem);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
        return token;
      }
      // Auth.js re-issues the cookie whenever the session is read (GET /api/auth/session): a
      // signed-out, revoked or expired session must not come back to life that way. Null makes
      // Auth.js clear the cookie.
      const live =
        typeof token.sid === 'string' && typeof token.uid === 'string' && (await isSessionLive(await getDb(), token.sid, token.uid).catch(() => false));
      return live ? token : null;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as 'member' | 'advisor' | 'staff';
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too, so a copied cookie stops working.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.sid !== 'string' || typeof token.uid !== 'string') return;
      const db = await getDb();
      await db.transaction(async (tx) => {
        await endSession(tx, token.sid as string);
        await recordAudit(tx, { actorId: token.uid as string, action: 'auth.sign_out', entityType: 'user', entityId: token.uid as string });
      });
    },
  },
});
