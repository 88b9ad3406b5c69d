/**
 * Requests Next.js would answer with a 500 although the client is at fault, refused earlier with
 * the right 4xx. Pure: proxy.ts hands in the method and headers and turns a refusal into a response.
 */

export interface Refusal {
  status: 400 | 403;
  reason: string;
}

/** Next refuses router state headers above this size (about 2,000 segments). */
const MAX_ROUTER_STATE_LENGTH = 40_000;
const MAX_ROUTER_STATE_DEPTH = 64;

function isSegment(value: unknown): boolean {
  // A static segment is a string; a dynamic one is [paramName, cacheKey, type, …].
  return typeof value === 'string' || (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string');
}

function isRouterState(value: unknown, depth = 0): boolean {
  if (depth > MAX_ROUTER_STATE_DEPTH || !Array.isArray(value) || value.length < 2) return false;
  const [segment, children] = value;
  if (!isSegment(segment) || typeof children !== 'object' || children === null || Array.isArray(children)) return false;
  return Object.values(children).every((child) => isRouterState(child, depth + 1));
}

/**
 * The `Next-Router-State-Tree` header the client router sends: URI-encoded JSON of
 * `[segment, { parallelRoute: state }, …]`. Checked on shape only as far as every valid tree
 * passes; anything Next would fail to parse is refused here.
 */
export function isValidRouterStateHeader(header: string): boolean {
  if (header.length > MAX_ROUTER_STATE_LENGTH) return false;
  try {
    return isRouterState(JSON.parse(decodeURIComponent(header)));
  } catch {
    return false;
  }
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

export interface GuardInput {
  method: string;
  headers: Pick<Headers, 'get'>;
  /** The configured public address (APP_URL), if any. */
  appUrl?: string;
}

/**
 * - A POST to a page is a server action (by `Next-Action` header or, without JavaScript, by form
 *   field). One from another origin is refused with 403, as Next does — but Next answers 500.
 *   The origin must match the request's own host as Next compares it (X-Forwarded-Host, else
 *   Host) or the configured APP_URL. `Origin: null` (sandboxed frames, cross-origin redirects)
 *   is refused too; Next lets it through. A request without Origin is not a browser's
 *   cross-site request and is left to Next and to the action's own checks.
 * - A malformed `Next-Router-State-Tree` is refused with 400 (Next: 500).
 */
export function refuseBadRequest({ method, headers, appUrl }: GuardInput): Refusal | null {
  const routerState = headers.get('next-router-state-tree');
  if (routerState !== null && !isValidRouterStateHeader(routerState)) {
    return { status: 400, reason: 'Malformed Next-Router-State-Tree header' };
  }
  if (method === 'POST') {
    const origin = headers.get('origin');
    if (origin !== null) {
      const allowed = new Set<string>();
      const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
      const host = headers.get('host');
      for (const candidate of [forwardedHost, host]) if (candidate) allowed.add(candidate.toLowerCase());
      const appHost = appUrl ? hostOf(appUrl) : null;
      if (appHost) allowed.add(appHost);
      const originHost = hostOf(origin);
      if (!originHost || !allowed.has(originHost)) return { status: 403, reason: 'Cross-origin request refused' };
    }
  }
  return null;
}
