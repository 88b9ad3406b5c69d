/**
 * Error ids as the visitor sees them. Next gives every server error a `digest` and sends only that
 * to the browser; the server log (instrumentation.ts → lib/server/error-log.ts) prints the same
 * digest beside the stack, so the id a visitor quotes finds the log line. An outage of the
 * database gets its own prefix, so the error pages can say so (see lib/server/database-outage.ts).
 */
const DATABASE_OUTAGE_PREFIX = 'DB-';

export function isDatabaseOutage(digest: string | undefined): boolean {
  return !!digest?.startsWith(DATABASE_OUTAGE_PREFIX);
}

export function newDatabaseOutageId(): string {
  return `${DATABASE_OUTAGE_PREFIX}${crypto.randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}
