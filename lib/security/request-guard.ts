/**
 * Requests Next.js would answer with a 500 although the client is at fault, refused earlier with
 * the right 4xx. Pure: proxy.ts hands in the method and headers and turns a refusal into a response.
 *
 * Not here: a malformed `Next-Router-State-Tree` (Next answers 500). Next removes that header, with
 * the other router headers (RSC, prefetch), from the request the proxy sees (next/dist/server/web/
 * adapter.js) and parses it in the page route before any code of ours runs.
 */

export interface Refusal {
  status: 403;
  reason: string;
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The portal's one same-origin rule, for server actions (through proxy.ts) and route handlers
 * (through defineRoute): a request without an Origin (or with an empty one) is not a browser's
 * cross-site request and passes; otherwise the Origin must be http(s) and name the request's
 * own host as Next compares it (X-Forwarded-Host, else Host) or the configured APP_URL.
 * `Origin: null` (sandboxed frames, cross-origin redirects) and garbage fail.
 */
export function isSameOrigin(headers: Pick<Headers, 'get'>, appUrl?: string): boolean {
  const origin = headers.get('origin');
  if (!origin) return true;
  const allowed = new Set<string>();
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = headers.get('host');
  for (const candidate of [forwardedHost, host]) if (candidate) allowed.add(candidate.toLowerCase());
  const appHost = appUrl ? hostOf(appUrl) : null;
  if (appHost) allowed.add(appHost);
  const originHost = hostOf(origin);
  return !!originHost && allowed.has(originHost);
}

export interface GuardInput {
  method: string;
  headers: Pick<Headers, 'get'>;
  /** The configured public address (APP_URL), if any. */
  appUrl?: string;
}

/**
 * - A POST to a page is a server action (by `Next-Action` header or, without JavaScript, by form
 *   field). One from another origin (see `isSameOrigin`) is refused with 403, as Next does — but
 *   Next answers 500. A request without Origin is left to Next and to the action's own checks.
 */
export function refuseBadRequest({ method, headers, appUrl }: GuardInput): Refusal | null {
  if (method === 'POST' && !isSameOrigin(headers, appUrl)) return { status: 403, reason: 'Cross-origin request refused' };
  return null;
}
