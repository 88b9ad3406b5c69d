/**
 * Where to go after signing in: only a path on this site under the current locale; anything
 * else (absolute URLs, protocol-relative //host, backslashes) is ignored to prevent open redirects.
 */
export function safeCallbackUrl(callbackUrl: string | undefined, locale: string): string | null {
  if (!callbackUrl) return null;
  if (!callbackUrl.startsWith(`/${locale}/`) && callbackUrl !== `/${locale}`) return null;
  if (callbackUrl.startsWith('//') || callbackUrl.includes('\\') || /[\u0000-\u001f]/.test(callbackUrl)) return null;
  if (/\/login(\?|$)/.test(callbackUrl)) return null;
  return callbackUrl;
}
