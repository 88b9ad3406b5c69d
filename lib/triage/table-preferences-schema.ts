import { z } from 'zod';
import { DEFAULT_TABLE_PREFERENCES, DENSITIES, TRIAGE_COLUMN_IDS, type TablePreferences, type TriageColumnId } from './table-preferences';

/*
 * Checking table preferences on the server (the action and the data access layer). Kept apart from
 * table-preferences.ts, which the browser loads: zod probes for \`Function\` when it starts, and the
 * content security policy reports that probe as a blocked eval.
 */

const isColumnId = (value: unknown): value is TriageColumnId => TRIAGE_COLUMN_IDS.includes(value as TriageColumnId);

/** Known ids once each, in the given order: duplicates dropped. */
const uniqueColumns = (ids: TriageColumnId[]) => [...new Set(ids)];

/** A list posted as form fields: one value arrives as a plain string. */
const asList = (value: unknown) => (typeof value === 'string' ? [value] : value);

/**
 * What a save must look like: strict, known column ids only, every column in the order exactly
 * once. The menu never sends anything else, so any problem is a forged or outdated form and gets
 * the one `error` message.
 */
export function tablePreferencesSchema(error: string) {
  const column = z.enum(TRIAGE_COLUMN_IDS, { error });
  return z.strictObject({
    hidden: z.preprocess(asList, z.array(column, { error }).max(TRIAGE_COLUMN_IDS.length, { error })),
    order: z.preprocess(
      asList,
      z
        .array(column, { error })
        .length(TRIAGE_COLUMN_IDS.length, { error })
        .refine((order) => new Set(order).size === order.length, { error }),
    ),
    density: z.enum(DENSITIES, { error }),
  });
}

/**
 * Reads a stored value, never failing: columns that no longer exist are dropped, columns added
 * since are appended to the order (hidden or shown as by default), and anything unreadable falls
 * back to the defaults, so an old stored value never breaks the page.
 */
const storedSchema = z.object({
  hidden: z.array(z.unknown()).catch([...DEFAULT_TABLE_PREFERENCES.hidden]),
  order: z.array(z.unknown()).catch([]),
  density: z.enum(DENSITIES).catch(DEFAULT_TABLE_PREFERENCES.density),
  /** The columns the user knew about when saving; a column added since takes its default visibility. */
  known: z.array(z.unknown()).optional().catch(undefined),
});

export function readTablePreferences(stored: unknown): TablePreferences {
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return DEFAULT_TABLE_PREFERENCES;
  const known = new Set((parsed.data.known ?? TRIAGE_COLUMN_IDS).filter(isColumnId));
  const order = uniqueColumns(parsed.data.order.filter(isColumnId));
  const hidden = uniqueColumns([
    ...parsed.data.hidden.filter(isColumnId),
    ...DEFAULT_TABLE_PREFERENCES.hidden.filter((id) => !known.has(id)), // new since the save: hidden by default
  ]);
  return {
    hidden: TRIAGE_COLUMN_IDS.filter((id) => hidden.includes(id)),
    order: [...order, ...TRIAGE_COLUMN_IDS.filter((id) => !order.includes(id))],
    density: parsed.data.density,
  };
}

/** What is stored: the preferences and the columns they were made with (see `known` above). */
export function storedTablePreferences(preferences: TablePreferences) {
  // Read back first: duplicates in `hidden` go and the columns keep one canonical order.
  return { ...readTablePreferences(preferences), known: [...TRIAGE_COLUMN_IDS] };
}
