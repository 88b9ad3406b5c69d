/**
 * The client's address: the first X-Forwarded-For hop set by the load balancer, else X-Real-IP.
 * Used for the per-IP sign-in limit and the audit log.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || '127.0.0.1';
}

/** A request another site made with the signed-in user's cookie is refused: its Origin names another host. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" or garbage
  }
}
