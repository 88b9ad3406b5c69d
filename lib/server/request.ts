import { env } from '@/lib/config/env';

/** The socket's address, written by the portal's own server (scripts/server.mjs) over anything a client sent. */
const PEER_HEADER = 'x-kantelpunt-peer';

/** IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/**
 * The client's address, believing X-Forwarded-For only as far as `trustedHops` proxies of our
 * own appended to it. With 0 hops it is the socket's address, whatever the headers say; with one
 * load balancer (1 hop) it is the last address that load balancer appended, so a client that
 * writes its own X-Forwarded-For only adds entries nobody reads.
 * Without the portal's server (`next dev`, or `next start` directly) there is no socket address:
 * Next.js then puts the socket into X-Forwarded-For only when the client sent none, so the last
 * entry stands in for it — run production through `npm start` for the guarantee.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trustedHops: number): string {
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  const client = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return client ? plain(client) : 'unknown';
}

/** The client's address for the per-address sign-in limit and the audit log (see `clientAddress`). */
export function clientIp(headers: Headers): string {
  return clientAddress(headers.get(PEER_HEADER), headers.get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS);
}
