/**
 * The client's address: the first X-Forwarded-For hop set by the load balancer, else X-Real-IP.
 * Used for the per-IP sign-in limit and the audit log.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || '127.0.0.1';
}
