/** The session cookie's name over http and over https. The name is also the salt its token is encrypted with. */
export const SESSION_COOKIE = 'authjs.session-token';
export const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';
export const SESSION_COOKIES = [SESSION_COOKIE, SECURE_SESSION_COOKIE] as const;

/**
 * The one session cookie Auth.js reads for a request: the __Secure- one when the site is served
 * over https, judged as Auth.js does (the protocol of AUTH_URL, else the forwarded protocol, and
 * https when neither says). Reading only that one means a plain cookie planted beside the secure
 * one cannot stand in for it.
 */
export function sessionCookieName(forwardedProto: string | null, env: Record<string, string | undefined> = process.env): string {
  const siteUrl = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = siteUrl ? new URL(siteUrl).protocol : `${(forwardedProto ?? 'https').replace(/:$/, '')}:`;
  return protocol === 'https:' ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function authSecret(): string | undefined {
  // In development and tests a fixed secret keeps sessions across restarts; production must set AUTH_SECRET (checked at boot).
  return process.env.AUTH_SECRET ?? (process.env.NODE_ENV === 'production' ? undefined : 'development-only-secret-not-for-production');
}
