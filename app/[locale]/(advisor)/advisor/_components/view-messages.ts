// What the view tabs and the table settings menu translate in the browser (see lib/i18n/client-messages).

/** view-tabs.tsx; `ui` for the name field's character count. */
export const VIEW_TABS_MESSAGES = ['ui', 'savedViews'];

/** table-settings-menu.tsx: its own labels and the column names the table already uses. */
export const TABLE_SETTINGS_MESSAGES = ['tableSettings', 'triage.columns'];
