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
