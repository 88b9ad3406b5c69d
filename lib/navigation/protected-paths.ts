/** Areas that need a signed-in user; the proxy only redirects, the pages authorize themselves. */
const PROTECTED_PREFIXES = ['/member', '/advisor', '/staff', '/account'] as const;

export function isProtectedPath(pathWithoutLocale: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathWithoutLocale === prefix || pathWithoutLocale.startsWith(`${prefix}/`));
}
