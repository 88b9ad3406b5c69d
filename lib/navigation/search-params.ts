import { withoutRefusedCharacters } from '@/lib/validation/characters';
import { parseCount } from '@/lib/validation/numbers';

/**
 * Reading an address's query parameters. A parameter never fails the page: a bad one gives the
 * nearest valid value, and the caller says so with a notice.
 */
type Param = string | string[] | undefined;

const first = (value: Param) => (Array.isArray(value) ? value[0] : value);

/**
 * The longest search term an address may carry. The search boxes (components/ui/search-input)
 * refuse to submit more, so a pasted page of text never becomes a URL the server refuses with
 * "431 Request Header Fields Too Large".
 */
export const SEARCH_MAX = 100;

/**
 * A free-text parameter: trimmed, without control or direction characters (a NUL in `q` used to
 * reach PostgreSQL and show the error page), at most `max` characters. `adjusted` says the text
 * was changed to get there.
 */
export function searchTextParam(value: Param, max = SEARCH_MAX): { text?: string; adjusted: boolean } {
  const raw = first(value);
  if (raw === undefined) return { adjusted: false };
  const text = withoutRefusedCharacters(raw).trim().slice(0, max).trim();
  return { text: text || undefined, adjusted: text !== raw.trim() };
}

/** First value of a query parameter as a cleaned string of at most `max` characters (see searchTextParam). */
export function textParam(value: Param, max = SEARCH_MAX): string | undefined {
  return searchTextParam(value, max).text;
}

/** A whole number of plain digits in [min, max] ("0x10", "1e3" and " 7" are not numbers here), or undefined. */
export function integerParam(value: Param, min: number, max: number): number | undefined {
  return parseCount(first(value), min, max);
}

/** A page number ≥ 1 from the query string (1 for anything else). */
export function pageParam(value: Param): number {
  return integerParam(value, 1, 100_000) ?? 1;
}

/** A value from an allowed list, or undefined. */
export function enumParam<T extends string>(value: Param, allowed: readonly T[]): T | undefined {
  const text = first(value);
  return allowed.find((option) => option === text);
}
