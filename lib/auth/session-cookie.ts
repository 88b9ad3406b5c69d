/**
 * The names Auth.js gives the session cookie: plain over http, with the __Secure- prefix over
 * https. The name is also the salt the session token is encrypted with.
 */
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

export function authSecret(): string | undefined {
  // In development and tests a fixed secret keeps sessions across restarts; production must set AUTH_SECRET (checked at boot).
  return process.env.AUTH_SECRET ?? (process.env.NODE_ENV === 'production' ? undefined : 'development-only-secret-not-for-production');
}
