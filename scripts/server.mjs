// The portal's HTTP server: Next.js's request handler behind a plain Node server, for one reason —
// the app must know the address of the socket each request came from. `next start` only passes
// on X-Forwarded-For, which it fills from the socket only when the client sent none, so any client
// could choose its own address for the sign-in limit and the audit log. Here the socket's address
// travels in a header the server always overwrites; lib/server/request.ts decides, with
// TRUSTED_PROXY_HOPS, how much of X-Forwarded-For to believe.
//
// Usage: node scripts/server.mjs  (PORT, default 3000; HOST, default 0.0.0.0 — the demo and the
// tests pass 127.0.0.1). Everything else is `next start`: the same build, instrumentation and proxy.
import http from 'node:http';
import next from 'next';
import { root } from './lib.mjs';

// Read back by lib/server/request.ts (PEER_HEADER there).
const PEER_HEADER = 'x-kantelpunt-peer';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || '0.0.0.0';

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`[server] listening on http://${hostname}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
