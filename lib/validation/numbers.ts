/**
 * Numbers as people type them, and nothing else. `Number()` (and so `z.coerce.number()`) also
 * reads "0x10" as 16, "1e3" as 1000, "true" as 1 and " " as 0; none of those is what a person
 * means in a form or an address, so they are refused here.
 *
 * Accepted: an optional sign — "+", "-" or the minus sign "−" (U+2212) that the portal's own
 * hints print — then digits, then optionally a decimal comma or point and more digits.
 */
const DECIMAL = /^([+\-\u2212]?)(\d{1,15})(?:[.,](\d{1,15}))?$/;

/** The number in `value` (a typed text, or a number from a direct call), or undefined. */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DECIMAL.exec(value.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  const number = Number(`${whole}${fraction ? `.${fraction}` : ''}`);
  return sign === '-' || sign === '\u2212' ? -number : number;
}

/** PostgreSQL's `integer`: anything beyond it fails in the database instead of in validation. */
export const MAX_INT4 = 2_147_483_647;

/** A whole number of plain digits within [min, max] (ids in addresses, page numbers, versions), or undefined. */
export function parseCount(value: unknown, min: number, max: number): number | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,10}$/.test(text)) return undefined;
  const number = Number(text);
  return number >= min && number <= max ? number : undefined;
}
