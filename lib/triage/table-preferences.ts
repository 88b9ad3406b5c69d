import { z } from 'zod';

/**
 * How one user likes the triage table: which columns show, in what order, and how tall the rows
 * are. Pure, so the page, the data access layer and the client components share one definition.
 */

/** The triage table's columns a user may hide and move (the selection column always comes first and always shows). */
export const TRIAGE_COLUMN_IDS = [
  'name',
  'locality',
  'sector',
  'class',
  'priority',
  'score',
  'revenue',
  'channels',
  'advisor',
  'lastContact',
  'nextFollowUp',
  'updated',
] as const;
export type TriageColumnId = (typeof TRIAGE_COLUMN_IDS)[number];

/** Row heights: compact 36 px, comfortable 44 px. */
export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

export interface TablePreferences {
  /** Hidden columns; every other column shows. */
  hidden: TriageColumnId[];
  /** Every column, once, in display order. */
  order: TriageColumnId[];
  density: Density;
}

export const DEFAULT_TABLE_PREFERENCES: TablePreferences = {
  // What fits beside the sidebar at 1280 px; revenue and channels are in the quick look.
  hidden: ['revenue', 'channels', 'lastContact', 'updated'],
  order: [...TRIAGE_COLUMN_IDS],
  // Compact by default: at 1280×800, 15 rows and more fit under the toolbar.
  density: 'compact',
};

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

/** TanStack Table's column visibility state. */
export function columnVisibility(preferences: TablePreferences): Record<string, boolean> {
  return Object.fromEntries(TRIAGE_COLUMN_IDS.map((id) => [id, !preferences.hidden.includes(id)]));
}

/** TanStack Table's column order state: the selection column first. */
export function columnOrder(preferences: TablePreferences): string[] {
  return ['select', ...preferences.order];
}

/** Moves a column one place left (-1) or right (+1) in the order; at an end, nothing changes. */
export function moveColumn(preferences: TablePreferences, id: TriageColumnId, step: -1 | 1): TablePreferences {
  const from = preferences.order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= preferences.order.length) return preferences;
  const order = preferences.order.filter((c) => c !== id);
  order.splice(to, 0, id);
  return { ...preferences, order };
}

/** Shows or hides one column, keeping `hidden` in the columns' canonical order. */
export function setColumnVisible(preferences: TablePreferences, id: TriageColumnId, visible: boolean): TablePreferences {
  const hidden = visible ? preferences.hidden.filter((h) => h !== id) : [...preferences.hidden, id];
  return { ...preferences, hidden: TRIAGE_COLUMN_IDS.filter((c) => hidden.includes(c)) };
}

/** Row height in pixels, for the table's class names or styles. */
export const ROW_HEIGHT: Record<Density, number> = { compact: 36, comfortable: 44 };
