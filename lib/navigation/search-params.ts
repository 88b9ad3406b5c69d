/** First value of a query parameter as a trimmed string of at most `max` characters. */
export function textParam(value: string | string[] | undefined, max = 200): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, max) : undefined;
}

/** A page number ≥ 1 from the query string (1 for anything else). */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** A value from an allowed list, or undefined. */
export function enumParam<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return allowed.find((option) => option === text);
}
