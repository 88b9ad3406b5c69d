import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/config/env';
import { getDb } from '@/lib/server/database';
import { clientIp } from '@/lib/server/request';
import { authenticate, type SignInFailure } from './authenticate';
import { authSecret } from './session-cookie';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: 'member' | 'advisor' | 'staff'; sessionVersion: number } & DefaultSession['user'];
  }
  interface User {
    role?: 'member' | 'advisor' | 'staff';
    sessionVersion?: number;
  }
}

/** Carries why a sign-in failed to the sign-in form (Auth.js passes `code` through). */
export class SignInError extends CredentialsSignin {
  constructor(reason: SignInFailure) {
    super(reason);
    this.code = reason;
  }
}

const SESSION_HOURS = 8;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
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
          demoAllowed: config.DEMO_MODE || config.NODE_ENV !== 'production',
        });
        if (!result.ok) throw new SignInError(result.reason);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as 'member' | 'advisor' | 'staff';
      session.user.sessionVersion = Number(token.sv);
      return session;
    },
  },
});
