import { FOLLOW_UP_FORM_MESSAGES } from '../businesses/[id]/_components/follow-up-form-messages';

/**
 * What the triage page's client components translate in the browser (see lib/i18n/client-messages):
 * the toolbar, the table, the selection bar, the quick look (with its contact form) and the saved views. `ui` is for the
 * inputs' character counts, `exports` for the export panel.
 */
export const TRIAGE_MESSAGES = [
  ...new Set([...FOLLOW_UP_FORM_MESSAGES, 'exports', 'classes', 'provinces', 'channels', 'triage', 'workspace', 'savedViews', 'tableSettings']),
];
