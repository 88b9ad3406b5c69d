import 'server-only';
import { cookies, headers } from 'next/headers';
import { createActionURL } from '@auth/core';
import { getToken } from 'next-auth/jwt';
import { authSecret, authSiteUrls } from '@/lib/config/env';

export interface SessionClaims {
  userId: string;
  /** The `user_sessions` row this token belongs to: the data access layer checks it is still live. */
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who the request's session cookie says is signed in, read by Auth.js's `getToken`: it picks the
 * cookie Auth.js writes (plain or __Secure-), joins a chunked one, and decrypts it with the
 * cookie's name as salt, checking expiry. A missing, invalid, tampered, expired or differently
 * salted token reads as signed out.
 */
export async function readSessionClaims(headers: Headers, options: { secret: string | undefined; secureCookie: boolean }): Promise<SessionClaims | null> {
  if (!options.secret) return null;
  // Only the cookie: given no cookie, getToken would also take an `Authorization: Bearer` header, which the portal never issues.
  const cookieOnly = { cookie: headers.get('cookie') ?? '' };
  const payload = await getToken({ req: { headers: cookieOnly }, secret: options.secret, secureCookie: options.secureCookie }).catch(() => null);
  // Tokens from before server-side sessions (no `sid`) read as signed out.
  return payload && typeof payload.uid === 'string' && typeof payload.sid === 'string' && UUID.test(payload.uid) && UUID.test(payload.sid)
    ? { userId: payload.uid, sessionId: payload.sid }
    : null;
}

/**
 * Whether Auth.js keeps this request's session in its __Secure- cookie: decided by Auth.js's own
 * `createActionURL`, the call next-auth's `auth()` makes for a server component (the configured
 * site address, else the forwarded protocol, https when neither says). Reading only the cookie
 * Auth.js writes means a plain cookie planted beside the secure one cannot stand in for it.
 */
export function sessionCookieIsSecure(headers: Headers, siteUrls: { AUTH_URL?: string; NEXTAUTH_URL?: string }): boolean {
  return createActionURL('session', headers.get('x-forwarded-proto') ?? 'https', headers, siteUrls, { basePath: '/api/auth' }).protocol === 'https:';
}

/**
 * The session claims of the request being rendered. Pages only need these two claims; next-auth's
 * `auth()` runs its whole request handler for them and re-encrypts a fresh token that a server
 * component cannot even send back, which cost a few milliseconds on every page.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  // Reading the cookies also marks every page that asks for the viewer as rendered per request.
  await cookies();
  const requestHeaders = await headers();
  return readSessionClaims(requestHeaders, { secret: authSecret(), secureCookie: sessionCookieIsSecure(requestHeaders, authSiteUrls()) });
}
