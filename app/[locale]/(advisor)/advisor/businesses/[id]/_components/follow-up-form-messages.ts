/**
 * The messages the follow-up forms translate in the browser (lib/i18n/client-messages), for any
 * page that shows them: the record page and the follow-up queue.
 */
export const FOLLOW_UP_FORM_MESSAGES = ['shell', 'ui', 'followUps', 'followUpKinds', 'dateTimeField'] as const;

/**
 * What LogContactForm alone translates (its labels, hints and button), for a page that shows that
 * form and no other follow-up form, e.g. the triage page's quick look: the rest of `followUps`
 * would travel in every triage page for nothing.
 */
export const LOG_CONTACT_MESSAGES = [
  'ui',
  'followUps.pending',
  'followUps.fields',
  'followUps.hints',
  'followUps.forms',
  'followUpKinds',
  'dateTimeField',
] as const;
