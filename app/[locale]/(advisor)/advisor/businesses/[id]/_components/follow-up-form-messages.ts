/**
 * The messages the follow-up forms translate in the browser (lib/i18n/client-messages), for any
 * page that shows them, e.g. the triage page's quick look with LogContactForm.
 */
export const FOLLOW_UP_FORM_MESSAGES = ['shell', 'ui', 'followUps', 'followUpKinds', 'dateTimeField'] as const;
