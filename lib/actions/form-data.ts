/**
 * Turns a posted FormData (or a plain object, when an action is called directly) into a plain
 * object for zod. Keys Next.js adds for progressive enhancement ($ACTION_…) are dropped;
 * uploaded files are kept as File objects;
 * a key posted several times becomes an array.
 */
export function formToObject(payload: unknown): Record<string, unknown> {
  if (payload instanceof FormData) {
    const object: Record<string, unknown> = {};
    for (const key of new Set(payload.keys())) {
      if (key.startsWith('$ACTION')) continue;
      // Files stay File objects (for uploads); everything else is text.
      const values = payload.getAll(key);
      object[key] = values.length > 1 ? values : values[0];
    }
    return object;
  }
  if (payload && typeof payload === 'object' && !Array.isArray(payload)) return { ...(payload as Record<string, unknown>) };
  return {};
}

/** Echo back text fields and multi-selects (never passwords) so a form re-renders with what the user typed. */
export function echoValues(input: Record<string, unknown>): Record<string, string | string[]> {
  const isText = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => isText(value) && !/password|token/i.test(key))) as Record<string, string | string[]>;
}
