import { describe, expect, it } from 'vitest';
import {
  columnOrder,
  columnVisibility,
  DEFAULT_TABLE_PREFERENCES,
  moveColumn,
  ROW_HEIGHT,
  setColumnVisible,
  TRIAGE_COLUMN_IDS,
} from '@/lib/triage/table-preferences';
import { readTablePreferences, storedTablePreferences, tablePreferencesSchema } from '@/lib/triage/table-preferences-schema';

const schema = tablePreferencesSchema('outdated');
const valid = { hidden: ['updated'], order: [...TRIAGE_COLUMN_IDS], density: 'compact' };

describe('the table preferences schema (what a save may send)', () => {
  it('accepts known columns, a full order and a density', () => {
    expect(schema.parse(valid)).toEqual(valid);
    expect(schema.parse({ ...valid, hidden: [] }).hidden).toEqual([]);
  });

  it('reads one hidden column posted as a form field', () => {
    expect(schema.parse({ ...valid, hidden: 'sector' }).hidden).toEqual(['sector']);
  });

  it.each([
    ['an unknown column', { ...valid, hidden: ['fax'] }],
    ['an order missing a column', { ...valid, order: TRIAGE_COLUMN_IDS.slice(1) }],
    ['an order with a column twice', { ...valid, order: ['name', ...TRIAGE_COLUMN_IDS.slice(0, -1)] }],
    ['an unknown density', { ...valid, density: 'roomy' }],
    ['an unknown field', { ...valid, width: 3 }],
    ['the selection column', { ...valid, hidden: ['select'] }],
  ])('refuses %s with the one message', (_, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.filter((i) => i.code !== 'unrecognized_keys').every((i) => i.message === 'outdated')).toBe(true);
  });
});

describe('reading stored preferences', () => {
  it('gives the defaults for nothing or something unreadable', () => {
    expect(readTablePreferences(undefined)).toEqual(DEFAULT_TABLE_PREFERENCES);
    expect(readTablePreferences('compact')).toEqual(DEFAULT_TABLE_PREFERENCES);
    expect(readTablePreferences({ hidden: 'x', order: 7, density: 'huge' })).toEqual(DEFAULT_TABLE_PREFERENCES);
  });

  it('drops unknown and repeated columns and appends missing ones to the order', () => {
    const read = readTablePreferences({ hidden: ['fax', 'score', 'score'], order: ['fax', 'updated', 'name', 'updated'], density: 'compact' });
    expect(read.hidden).toEqual(['score']);
    expect(read.order).toEqual(['updated', 'name', ...TRIAGE_COLUMN_IDS.filter((id) => id !== 'updated' && id !== 'name')]);
  });

  it('hides a column added after the save when it is hidden by default, and keeps what the user chose for the others', () => {
    const known = TRIAGE_COLUMN_IDS.filter((id) => id !== 'updated');
    const read = readTablePreferences({ hidden: [], order: known, density: 'comfortable', known });
    expect(read.hidden).toEqual(['updated']);
    expect(read.order.at(-1)).toBe('updated');
  });

  it('stores what it reads back the same', () => {
    const preferences = { hidden: ['sector' as const], order: [...TRIAGE_COLUMN_IDS].reverse(), density: 'compact' as const };
    expect(readTablePreferences(storedTablePreferences(preferences))).toEqual(preferences);
  });
});

describe('changing preferences', () => {
  it('moves a column one place and stops at the ends', () => {
    const moved = moveColumn(DEFAULT_TABLE_PREFERENCES, 'locality', -1);
    expect(moved.order.slice(0, 2)).toEqual(['locality', 'name']);
    expect(moveColumn(moved, 'locality', -1)).toBe(moved);
    const last = TRIAGE_COLUMN_IDS.at(-1)!;
    expect(moveColumn(DEFAULT_TABLE_PREFERENCES, last, 1)).toBe(DEFAULT_TABLE_PREFERENCES);
    expect(moveColumn(DEFAULT_TABLE_PREFERENCES, 'name', 1).order.slice(0, 2)).toEqual(['locality', 'name']);
  });

  it('shows and hides columns, keeping the canonical order of hidden ones', () => {
    const shown = setColumnVisible(DEFAULT_TABLE_PREFERENCES, 'updated', true);
    expect(shown.hidden).toEqual(['revenue', 'channels', 'lastContact']);
    expect(setColumnVisible(shown, 'name', false).hidden).toEqual(['name', 'revenue', 'channels', 'lastContact']);
  });

  it('gives TanStack Table its visibility and order, with the selection column first', () => {
    expect(columnVisibility(DEFAULT_TABLE_PREFERENCES)).toMatchObject({ name: true, lastContact: false, updated: false });
    expect(columnOrder(DEFAULT_TABLE_PREFERENCES)).toEqual(['select', ...TRIAGE_COLUMN_IDS]);
  });

  it('has the two row heights of the design', () => {
    expect(ROW_HEIGHT).toEqual({ compact: 36, comfortable: 44 });
  });
});
