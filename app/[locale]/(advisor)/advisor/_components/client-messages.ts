/**
 * What the triage page's client components translate in the browser (see lib/i18n/client-messages):
 * the toolbar, the table, the selection bar, the quick look and the saved views. `ui` is for the
 * inputs' character counts, `exports` for the export panel.
 */
export const TRIAGE_MESSAGES = ['ui', 'exports', 'classes', 'provinces', 'channels', 'triage', 'workspace', 'savedViews', 'tableSettings'];
