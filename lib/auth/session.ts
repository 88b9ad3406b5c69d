import 'server-only';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authSecret, sessionCookieName } from './session-cookie';

export interface SessionClaims {
  userId: string;
  /** The `user_sessions` row this token belongs to: the data access layer checks it is still live. */
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who a session token says is signed in, decrypted the way Auth.js does (same secret, the cookie's
 * name as salt, expiry checked). An invalid, tampered, expired or differently salted token reads
 * as signed out.
 */
export async function readSessionClaims(token: string | undefined, cookieName: string, secret: string | undefined): Promise<SessionClaims | null> {
  if (!token || !secret) return null;
  try {
    const payload = await decode({ token, secret, salt: cookieName });
    // Tokens from before server-side sessions (no `sid`) read as signed out.
    return payload && typeof payload.uid === 'string' && typeof payload.sid === 'string' && UUID.test(payload.uid) && UUID.test(payload.sid)
      ? { userId: payload.uid, sessionId: payload.sid }
      : null;
  } catch {
    return null; // Not a token we issued, or expired.
  }
}

/**
 * The session claims of the request being rendered. Pages only need these two claims; next-auth's
 * `auth()` runs its whole request handler for them and re-encrypts a fresh token that a server
 * component cannot even send back, which cost a few milliseconds on every page.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  // Reading the cookies also marks every page that asks for the viewer as rendered per request.
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(requestHeaders.get('x-forwarded-proto'));
  return readSessionClaims(store.get(name)?.value, name, authSecret());
}
