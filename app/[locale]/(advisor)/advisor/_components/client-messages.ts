const triage = (...keys: string[]) => keys.map((key) => `triage.${key}`);

/**
 * What the triage page's client components translate in the browser (see lib/i18n/client-messages):
 * the table, the bulk forms, the saved views and the export panel.
 */
export const TRIAGE_CLIENT_MESSAGES = [
  'shell',
  'ui',
  'exports',
  'classes',
  'provinces',
  // triage-table.tsx
  ...triage('caption', 'columns', 'overridden', 'priorityManual', 'overdue', 'computed', 'unassigned', 'selectAll', 'selectRow', 'columnsMenu', 'sortAscending', 'sortDescending', 'empty'),
  // bulk-forms.tsx
  ...triage('selected', 'bulkPending', 'bulkLegend', 'bulkAdvisor', 'bulkNone', 'bulkSubmit', 'priorityLegend', 'priorityField', 'priorityHint', 'prioritySubmit'),
  // saved-views.tsx
  ...triage('savedViews', 'noSavedViews', 'saveViewName', 'saveView', 'deleteView'),
];
