import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

/** A view's order as `orderBy()` in lib/dal/triage.ts builds it: the column, then the id, same direction; nullable columns with empty values last. */
export interface KeysetOrder {
  column: SQL;
  nullable: boolean;
  dir: 'asc' | 'desc';
  id: SQL;
}

/** The two values each page's rows must carry so the next page can start after the last one. */
export interface Keyed {
  /** The raw sort value as PostgreSQL prints it (text keeps timestamps' microseconds; null is a value here). */
  sort_key: string | null;
  row_id: string;
}

/** Selected beside the row: the raw sort value (not the formatted cell) and the id. */
export function keyColumns(order: KeysetOrder) {
  return {
    sort_key: sql<string | null>`(${order.column})::text`.as('sort_key'),
    row_id: sql<string>`(${order.id})::text`.as('row_id'),
  };
}

/** Fetches one page: the rows matching `after` (with the caller's own filters) in `orderBy`, at most `limit`. */
export type FetchPage<Row extends Keyed> = (page: { after: SQL | undefined; orderBy: SQL[]; limit: number }) => Promise<Row[]>;

/**
 * Walks a view in its order, one short query per page (`… WHERE <after the last key> ORDER BY …
 * LIMIT n`), so no connection, transaction or cursor is held between pages: a reader may take as
 * long as it likes over a page without keeping anything open in the database.
 *
 * A nullable column is walked in two parts: first its values (`(col, id) > (v, lastId)`, mirrored
 * for desc), then its empty values by id. Together they are exactly the order `col … nulls last,
 * id …`, but each part is a plain range the (col, id) index can serve in either direction, which the
 * single condition `col > v or (col = v and id > lastId) or col is null` is not.
 *
 * The pages are not one snapshot: a row changed between two pages may move across the walk's
 * position (skipped, or written twice). An export of a live member list is a list "as of the
 * download", not a point-in-time copy, and giving up the snapshot is what frees the connection while
 * the client reads; every row not changed during the export appears exactly once.
 */
export async function* keysetPages<Row extends Keyed>(order: KeysetOrder, fetchPage: FetchPage<Row>, limit: number): AsyncGenerator<Row[]> {
  const { column, id } = order;
  const direction = sql.raw(order.dir);
  const beyond = sql.raw(order.dir === 'asc' ? '>' : '<');

  let last: Keyed | undefined;
  for (;;) {
    const after =
      last === undefined ? (order.nullable ? sql`${column} is not null` : undefined) : sql`(${column}, ${id}) ${beyond} (${last.sort_key}, ${last.row_id})`;
    const rows = await fetchPage({ after, orderBy: [sql`${column} ${direction}`, sql`${id} ${direction}`], limit });
    if (rows.length > 0) {
      last = rows[rows.length - 1]!;
      yield rows;
    }
    if (rows.length < limit) break;
  }
  if (!order.nullable) return;

  let lastId: string | undefined;
  for (;;) {
    const after = lastId === undefined ? sql`${column} is null` : sql`${column} is null and ${id} ${beyond} ${lastId}`;
    const rows = await fetchPage({ after, orderBy: [sql`${id} ${direction}`], limit });
    if (rows.length > 0) {
      lastId = rows[rows.length - 1]!.row_id;
      yield rows;
    }
    if (rows.length < limit) break;
  }
}
