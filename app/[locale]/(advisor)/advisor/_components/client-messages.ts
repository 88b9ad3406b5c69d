const triage = (...keys: string[]) => keys.map((key) => `triage.${key}`);

// What the triage page's client components translate in the browser (see lib/i18n/client-messages).
// Two lists, because the page gives two providers: one around the saved views, one around the
// table; wrapping the server-rendered filters between them in a client provider made the HTML
// stream them as separate segments. `ui` is for the inputs' character counts.

/** saved-views.tsx */
export const SAVED_VIEWS_MESSAGES = ['ui', ...triage('savedViews', 'noSavedViews', 'saveViewName', 'saveView', 'deleteView')];

/** triage-table.tsx, bulk-forms.tsx and export-panel.tsx */
export const TRIAGE_TABLE_MESSAGES = [
  'ui',
  'exports',
  'classes',
  'provinces',
  ...triage(
    'caption',
    'columns',
    'overridden',
    'priorityManual',
    'overdue',
    'computed',
    'unassigned',
    'selectAll',
    'selectRow',
    'columnsMenu',
    'sortAscending',
    'sortDescending',
    'empty',
  ),
  ...triage(
    'selected',
    'bulkPending',
    'bulkLegend',
    'bulkAdvisor',
    'bulkNone',
    'bulkSubmit',
    'priorityLegend',
    'priorityField',
    'priorityHint',
    'prioritySubmit',
  ),
];
