/**
 * Turns a posted FormData (or a plain object, when an action is called directly) into a plain
 * object for zod. Keys Next.js adds for progressive enhancement ($ACTION_…) are dropped;
 * uploaded files are kept as File objects;
 * a key posted several times becomes an array.
 *
 * Returns null for anything else. An action's arguments are decoded by React from the request,
 * and a forged request can make them a Map, a Promise or a "temporary reference" (`$Q2`, `$@1`,
 * `$T` in the JSON): a proxy that throws as soon as zod looks at it. Only text, numbers,
 * booleans, null, files and lists of those get through; the wrapper refuses the rest as invalid.
 */
export function formToObject(payload: unknown): Record<string, unknown> | null {
  const object: Record<string, unknown> = {};
  // Own keys are defined, not assigned: `object['__proto__'] = v` would set the prototype (or do
  // nothing) and the field would vanish instead of being refused as unknown by the strict schema.
  const put = (key: string, value: unknown) => Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  if (payload instanceof FormData) {
    for (const key of new Set(payload.keys())) {
      if (key.startsWith('$ACTION')) continue;
      // Files stay File objects (for uploads); everything else is text.
      const values = payload.getAll(key);
      put(key, values.length > 1 ? values : values[0]);
    }
    return object;
  }
  if (payload === undefined) return object; // an action called without arguments
  if (!isPlainRecord(payload)) return null;
  for (const [key, value] of Object.entries(payload)) {
    if (!isFieldValue(value) && !(Array.isArray(value) && value.every(isFieldValue))) return null;
    put(key, value);
  }
  return object;
}

/** A plain object (`{…}` from JSON), not a Map, Promise, class instance or proxy of a function. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isFieldValue(value: unknown): boolean {
  // `typeof` first: it never runs a proxy's traps.
  const type = typeof value;
  return value === null || type === 'string' || type === 'number' || type === 'boolean' || (type === 'object' && value instanceof File);
}

/** Echo back text fields and multi-selects (never passwords) so a form re-renders with what the user typed. */
export function echoValues(input: Record<string, unknown>): Record<string, string | string[]> {
  const isText = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => isText(value) && !/password|token/i.test(key))) as Record<string, string | string[]>;
}
