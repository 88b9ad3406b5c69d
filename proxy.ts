import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isProtectedPath } from './lib/navigation/protected-paths';
import { SESSION_COOKIES } from './lib/auth/session-cookie';

const intl = createIntlMiddleware(routing);

/**
 * Locale negotiation and a convenience redirect to the sign-in page. This is NOT authorization:
 * every page, action and route checks the viewer itself through the data access layer.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, maybeLocale, ...rest] = pathname.split('/');
  const locale = routing.locales.find((l) => l === maybeLocale);
  // Only page navigations are redirected; a POST (a server action) gets its answer from the action itself.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  if (navigation && locale && isProtectedPath(`/${rest.join('/')}`)) {
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!hasSession) {
      const url = new URL(`/${locale}/login`, request.url);
      url.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(url);
    }
  }
  return intl(request);
}

export const config = {
  // Skip API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
