/**
 * Values as one PostgreSQL array literal, so a batch of any size travels as a single bind parameter (and is unpacked
 * with unnest). null becomes NULL; everything else is quoted and escaped.
 */
export function pgArray(values: ReadonlyArray<string | null>): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`;
}
