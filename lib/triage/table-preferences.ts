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
