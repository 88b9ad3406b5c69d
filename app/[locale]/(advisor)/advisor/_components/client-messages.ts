import { LOG_CONTACT_MESSAGES } from '../businesses/[id]/_components/follow-up-form-messages';

/**
 * What the triage page's client components translate in the browser (see lib/i18n/client-messages):
 * the toolbar, the table, the selection bar, the quick look (with its contact form), the export
 * dialog and the saved views. Single keys where a component needs a few of a large namespace:
 * every message listed travels in each triage page, twice in its first HTML (markup and payload).
 */
export const TRIAGE_MESSAGES = [
  ...new Set([
    'shell',
    ...LOG_CONTACT_MESSAGES,
    ...[
      'panelTitle',
      'formats',
      'format',
      'scopeView',
      'scopeViewAbout',
      'scopeSelected',
      'purpose',
      'purposeHint',
      'submit',
      'progress',
      'progressBytes',
      'done',
      'failed',
      'failedMidway',
    ].map((key) => `exports.${key}`),
    'classes',
    'provinces',
    'channels',
    'triage',
    'workspace',
    'savedViews',
    'tableSettings',
  ]),
];
