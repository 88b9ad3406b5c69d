/**
 * The Content-Security-Policy and Strict-Transport-Security headers of every page, as pure
 * functions so they can be tested without a server. proxy.ts calls them once per request.
 */
import { LIBRARY_STYLE_HASHES } from './library-styles';

/** 16 random bytes in base64: unguessable, and matches Next's nonce pattern (`[A-Za-z0-9+/_-]+={0,2}`). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** `next dev` evaluates code for fast refresh and injects its CSS as <style> tags. */
  development: boolean;
  /** Served over https: ask the browser to upgrade any stray http sub-request. */
  https: boolean;
}

/**
 * A strict, nonce-based policy. Next reads the nonce back from the request's copy of this header
 * and puts it on its own scripts; 'strict-dynamic' lets those scripts load the page's chunks, so
 * no host list is needed. The portal has no inline style attributes and no inline <style>: the
 * Tailwind stylesheet is a file from 'self', so styles need no 'unsafe-inline' in production.
 */
export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`, ...LIBRARY_STYLE_HASHES.map((hash) => `'${hash}'`)])],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * HSTS only when the portal's configured public address is https in production. The request
 * itself cannot tell: behind a TLS-terminating proxy it arrives as http, and a client may send
 * any X-Forwarded-Proto it likes. Browsers ignore the header on plain http anyway, so sending it
 * by configuration is safe; sending it on a local http deployment would be harmless but wrong.
 */
export function strictTransportSecurity(appUrl: string | undefined, nodeEnv: string | undefined): string | null {
  if (nodeEnv !== 'production' || !appUrl) return null;
  let protocol: string;
  try {
    protocol = new URL(appUrl).protocol;
  } catch {
    return null;
  }
  return protocol === 'https:' ? 'max-age=63072000; includeSubDomains' : null;
}
