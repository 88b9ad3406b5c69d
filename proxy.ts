import createIntlMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { isProtectedPath } from './lib/navigation/protected-paths';
import { carriesSessionCookie } from './lib/auth/session-cookie';
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from './lib/security/csp';
import { refuseBadRequest } from './lib/security/request-guard';
import { proxyEnv } from './lib/config/env';

const intl = createIntlMiddleware(routing);

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  const { appUrl, nodeEnv } = proxyEnv();
  const hsts = strictTransportSecurity(appUrl, nodeEnv);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

/**
 * Refuses malformed framework requests with a 4xx, gives every page a Content-Security-Policy
 * with a fresh nonce, negotiates the locale and redirects to the sign-in page. The redirect is
 * NOT authorization: every page, action and route checks the viewer itself through the data
 * access layer.
 */
export default function proxy(request: NextRequest) {
  const { appUrl, nodeEnv } = proxyEnv();
  const refusal = refuseBadRequest({ method: request.method, headers: request.headers, appUrl });
  if (refusal) {
    return new NextResponse(refusal.reason, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    nonce,
    development: nodeEnv === 'development',
    https: nodeEnv === 'production' && !!appUrl?.startsWith('https:'),
  });
  // Next reads the nonce from the request's copy of the header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);

  const { pathname, search } = request.nextUrl;
  // Paths with a dot: the CSP and the origin check above, no locale handling (see the matcher).
  if (pathname.includes('.')) return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);

  const [, maybeLocale, ...rest] = pathname.split('/');
  const locale = routing.locales.find((l) => l === maybeLocale);
  // Only page navigations are redirected; a POST (a server action) gets its answer from the action itself.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  if (navigation && locale && isProtectedPath(`/${rest.join('/')}`)) {
    const hasSession = carriesSessionCookie(request.cookies.getAll().map((c) => c.name));
    if (!hasSession) {
      const url = new URL(`/${locale}/login`, request.url);
      url.searchParams.set('callbackUrl', `${pathname}${search}`);
      return withSecurityHeaders(NextResponse.redirect(url), csp);
    }
  }
  // next-intl passes the request's headers on to the page; give it the copy that carries the CSP.
  // Only headers, cookies and the URL are read from it, so the body stays with the original request.
  const forwarded = new NextRequest(request.url, { method: request.method, headers: requestHeaders });
  return withSecurityHeaders(intl(forwarded), csp);
}

export const config = {
  matcher: [
    // Pages: skip API routes (JSON, not HTML), Next internals and files with an extension.
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // …but an address with a dot under a locale is a page too (the translated not-found page): it
    // gets the CSP, not the locale handling. The locales of i18n/routing.ts (a matcher must be a literal).
    '/(nl|fr|en)/:path*',
    // A server action can be posted to any page address, dotted ones too: check those as well.
    { source: '/((?!api|_next|_vercel).*)', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
