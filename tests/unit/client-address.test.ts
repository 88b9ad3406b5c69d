import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/server/request';

describe('the client address behind zero or more trusted proxies', () => {
  it.each([
    // peer (socket), X-Forwarded-For, trusted hops → client
    ['203.0.113.7', null, 0, '203.0.113.7'],
    // With no trusted proxy, whatever a client writes in X-Forwarded-For is ignored.
    ['203.0.113.7', '198.51.100.1', 0, '203.0.113.7'],
    ['203.0.113.7', '198.51.100.1, 198.51.100.2', 0, '203.0.113.7'],
    // One load balancer: it appends the address it saw; the socket is the load balancer.
    ['10.0.0.2', '203.0.113.7', 1, '203.0.113.7'],
    // A client's own header comes first and is skipped: the load balancer's entry is the last.
    ['10.0.0.2', '198.51.100.1, 203.0.113.7', 1, '203.0.113.7'],
    // Two proxies: read two entries from the right.
    ['10.0.0.3', '198.51.100.1, 203.0.113.7, 10.0.0.2', 2, '203.0.113.7'],
    // A request that bypassed the proxy has fewer entries than hops: the leftmost it has.
    ['203.0.113.7', null, 1, '203.0.113.7'],
    // IPv4 on a dual-stack socket.
    ['::ffff:127.0.0.1', null, 0, '127.0.0.1'],
    ['::1', null, 0, '::1'],
    // Without the portal's server, Next.js's X-Forwarded-For stands in for the socket.
    [null, '127.0.0.1', 0, '127.0.0.1'],
    [null, null, 0, 'unknown'],
  ] as const)('peer %s, forwarded %s, %i hops → %s', (peer, forwarded, hops, expected) => {
    expect(clientAddress(peer, forwarded, hops)).toBe(expected);
  });
});
