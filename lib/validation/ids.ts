import { z } from 'zod';

/**
 * Record ids are UUIDs. Anything else (36 dashes, 36 a's) is refused before it reaches the
 * database, where PostgreSQL would reject it with an error instead of "not found".
 */
const UUID = z.uuid();

export function isId(value: unknown): value is string {
  return UUID.safeParse(value).success;
}

/** An id from an address (a page's or a route's `params.id`): the id, or undefined for a 404. */
export function routeId(value: string | string[] | undefined): string | undefined {
  return isId(value) ? value : undefined;
}
