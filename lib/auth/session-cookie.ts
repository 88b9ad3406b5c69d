import { createActionURL } from '@auth/core';

/**
 * Whether Auth.js keeps this request's session in its __Secure- cookie: decided by Auth.js's own
 * `createActionURL`, the call next-auth's `auth()` makes for a server component (the configured
 * site address, else the forwarded protocol, https when neither says). Reading only the cookie
 * Auth.js writes means a plain cookie planted beside the secure one cannot stand in for it.
 */
export function sessionCookieIsSecure(headers: Headers, siteUrls: { AUTH_URL?: string; NEXTAUTH_URL?: string }): boolean {
  return createActionURL('session', headers.get('x-forwarded-proto') ?? 'https', headers, siteUrls, { basePath: '/api/auth' }).protocol === 'https:';
}

/** Auth.js's session cookie, over http and over https; a long token is split into `.0`, `.1`… chunks. */
const SESSION_COOKIE_NAME = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Whether a request carries a session cookie at all, whole or in chunks. Only good for sending an
 * anonymous visitor to the sign-in page early: whether the session is valid is checked elsewhere.
 */
export function carriesSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE_NAME.test(name)) return true;
  return false;
}
