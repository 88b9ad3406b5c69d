/**
 * The authorization matrix: every page, route handler and server action of the portal against
 * every kind of visitor, with the outcome each must get. authorization-matrix.spec.ts runs it
 * against the production build and fails when a page, route or action has no row here:
 * every new one must be added.
 */
export const ACTORS = ['anonymous', 'memberA', 'memberB', 'advisorX', 'advisorY', 'staff', 'deactivated'] as const;
export type Actor = (typeof ACTORS)[number];

/** Who each actor is in the demo data (advisor X covers Limburg, Y Wallonia; member A owns a Limburg chip shop). */
export const ACTOR_EMAILS: Record<Exclude<Actor, 'anonymous'>, string> = {
  memberA: 'frituur@kantelpunt.demo',
  memberB: 'membre@kantelpunt.demo',
  advisorX: 'adviseur.limburg@kantelpunt.demo',
  advisorY: 'conseiller.wallonie@kantelpunt.demo',
  staff: 'staff@kantelpunt.demo',
  deactivated: 'events@kantelpunt.demo',
};

/** ok: 200 (with the marker when one is given) · empty: 200 without the marker · login: sent to sign-in · home: sent to the role's start page · notfound: 404 without the marker */
export type PageOutcome = 'ok' | 'empty' | 'login' | 'home' | 'notfound';

export interface Ids {
  chipShopId: string;
  /** The chip shop's planned call in the demo data. */
  followUpId: string;
  memberBUserId: string;
  staffUserId: string;
  /** A member list staff uploaded for the matrix (not yet checked). */
  importId: string;
}

export interface PageRow {
  /** The route as in the app directory, without route groups: "/[locale]/staff/users/[id]". */
  route: string;
  path: (ids: Ids) => string;
  /** Text that only an authorized viewer may see. */
  marker?: string;
  expect: Record<Actor, PageOutcome>;
}

export interface RouteRow {
  route: string;
  path: string | ((ids: Ids) => string);
  /** Posted as a form instead of a GET. */
  post?: Record<string, string>;
  /** Posted as the raw request body (a file upload) instead of a GET. */
  upload?: { body: string; headers: Record<string, string> };
  expect: Record<Actor, number>;
}

export interface ActionRow {
  /** "app/…/actions.ts#exportName" as in the build's server reference manifest. */
  action: string;
  payload: (ids: Ids, actor: Actor) => Record<string, unknown>;
  /** The ActionResult code, or 'redirect'. */
  expect: Record<Actor, string>;
  /** Run with a session signed in for this row alone (signing out ends the session it is sent with). */
  ownSession?: boolean;
}

const all = <T>(value: T): Record<Actor, T> => Object.fromEntries(ACTORS.map((a) => [a, value])) as Record<Actor, T>;

/** Actions for advisors and staff: members are refused, and the anonymous and deactivated are asked to sign in. */
function advisorsAndStaff(outcomes: Pick<Record<Actor, string>, 'advisorX' | 'advisorY' | 'staff'>): Record<Actor, string> {
  return { anonymous: 'unauthenticated', memberA: 'forbidden', memberB: 'forbidden', deactivated: 'unauthenticated', ...outcomes };
}

/** Signed-in pages: sign-in for the anonymous and the deactivated; 404 for roles without access. */
function signedInPage(allowed: Actor[], allowedOutcome: (actor: Actor) => PageOutcome = () => 'ok'): Record<Actor, PageOutcome> {
  return Object.fromEntries(
    ACTORS.map((actor) => [actor, actor === 'anonymous' || actor === 'deactivated' ? 'login' : allowed.includes(actor) ? allowedOutcome(actor) : 'notfound']),
  ) as Record<Actor, PageOutcome>;
}

/** Role-gated actions: unauthenticated without a live session, forbidden for other roles. */
function roleAction(allowed: Actor[], allowedOutcome: string): Record<Actor, string> {
  return Object.fromEntries(
    ACTORS.map((actor) => [
      actor,
      actor === 'anonymous' || actor === 'deactivated' ? 'unauthenticated' : allowed.includes(actor) ? allowedOutcome : 'forbidden',
    ]),
  ) as Record<Actor, string>;
}

/** The member list uploaded for the matrix rows of the import pages, routes and actions. */
export const MATRIX_IMPORT_FILE = 'matrix-ledenlijst.csv';
export const MATRIX_IMPORT_CSV = 'Ondernemingsnummer;Naam\r\n0877000166;Matrix Bakkerij\r\n';

const STRONG_PASSWORD = 'een lange zin als wachtwoord';
const UNKNOWN_TOKEN = 'A'.repeat(43);

export const PAGE_ROWS: PageRow[] = [
  { route: '/[locale]', path: () => '/nl', expect: all('ok') },
  { route: '/[locale]/[...rest]', path: () => '/nl/does-not-exist', expect: all('notfound') },
  { route: '/[locale]/login', path: () => '/nl/login', expect: all('ok') },
  { route: '/[locale]/register', path: () => '/nl/register', expect: all('ok') },
  { route: '/[locale]/forgot-password', path: () => '/nl/forgot-password', expect: all('ok') },
  { route: '/[locale]/resend-verification', path: () => '/nl/resend-verification', expect: all('ok') },
  { route: '/[locale]/scan', path: () => '/nl/scan', marker: 'name="submissionKey"', expect: all('ok') },
  // Without the browser's claim cookie there is no scan to show: everyone gets the same empty page.
  { route: '/[locale]/scan/result', path: () => '/nl/scan/result', expect: all('ok') },
  { route: '/[locale]/verify-email', path: () => `/nl/verify-email?token=${UNKNOWN_TOKEN}`, expect: all('ok') },
  { route: '/[locale]/reset-password', path: () => `/nl/reset-password?token=${UNKNOWN_TOKEN}`, expect: all('ok') },
  { route: '/[locale]/invitation', path: () => `/nl/invitation?token=${UNKNOWN_TOKEN}`, expect: all('ok') },
  { route: '/[locale]/dashboard', path: () => '/nl/dashboard', expect: signedInPage(['memberA', 'memberB', 'advisorX', 'advisorY', 'staff'], () => 'home') },
  { route: '/[locale]/member', path: () => '/nl/member', marker: 'Ondernemingsnummer', expect: signedInPage(['memberA', 'memberB']) },
  { route: '/[locale]/member/profile', path: () => '/nl/member/profile', marker: 'name="enterpriseNumber"', expect: signedInPage(['memberA', 'memberB']) },
  { route: '/[locale]/member/channels', path: () => '/nl/member/channels', marker: 'name="video_calls"', expect: signedInPage(['memberA', 'memberB']) },
  { route: '/[locale]/member/data', path: () => '/nl/member/data', marker: '/api/member/export', expect: signedInPage(['memberA', 'memberB']) },
  { route: '/[locale]/digital-score', path: () => '/nl/digital-score', expect: all('ok') },
  {
    route: '/[locale]/account',
    path: () => '/nl/account',
    marker: 'Actieve sessies',
    expect: signedInPage(['memberA', 'memberB', 'advisorX', 'advisorY', 'staff']),
  },
  {
    route: '/[locale]/advisor',
    path: () => '/nl/advisor?q=gouden+friet',
    marker: 'Frituur De Gouden Friet',
    expect: signedInPage(['advisorX', 'advisorY', 'staff'], (actor) => (actor === 'advisorY' ? 'empty' : 'ok')),
  },
  {
    route: '/[locale]/advisor/programme',
    path: () => '/nl/advisor/programme',
    marker: 'Klassen in één oogopslag',
    expect: signedInPage(['advisorX', 'advisorY', 'staff']),
  },
  {
    route: '/[locale]/advisor/classification',
    path: () => '/nl/advisor/classification',
    marker: 'Sectortabel',
    expect: signedInPage(['advisorX', 'advisorY', 'staff']),
  },
  {
    route: '/[locale]/advisor/businesses/[id]',
    path: (ids) => `/nl/advisor/businesses/${ids.chipShopId}`,
    marker: '0712.345.6',
    expect: signedInPage(['advisorX', 'staff']),
  },
  {
    route: '/[locale]/advisor/follow-ups',
    path: () => '/nl/advisor/follow-ups',
    marker: 'Agenda-abonnement',
    expect: signedInPage(['advisorX', 'advisorY', 'staff']),
  },
  {
    route: '/[locale]/advisor/exports',
    path: () => '/nl/advisor/exports',
    marker: 'name="purpose"',
    expect: signedInPage(['advisorX', 'advisorY', 'staff'], (actor) => (actor === 'advisorY' ? 'empty' : 'ok')),
  },
  { route: '/[locale]/staff/users', path: () => '/nl/staff/users', marker: 'staff@kantelpunt.demo', expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/users/invite', path: () => '/nl/staff/users/invite', marker: 'name="email"', expect: signedInPage(['staff']) },
  {
    route: '/[locale]/staff/users/[id]',
    path: (ids) => `/nl/staff/users/${ids.memberBUserId}`,
    marker: 'membre@kantelpunt.demo',
    expect: signedInPage(['staff']),
  },
  { route: '/[locale]/staff/sector-impacts', path: () => '/nl/staff/sector-impacts', marker: 'Herindelingen', expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/sectors', path: () => '/nl/staff/sectors', marker: 'NACE-BEL 2008', expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/imports', path: () => '/nl/staff/imports', marker: 'id="import-file"', expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/imports/[id]', path: (ids) => `/nl/staff/imports/${ids.importId}`, marker: MATRIX_IMPORT_FILE, expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/outbox', path: () => '/nl/staff/outbox', marker: 'Alle e-mail die het portaal verstuurt', expect: signedInPage(['staff']) },
  { route: '/[locale]/staff/settings', path: () => '/nl/staff/settings', marker: 'name="reminderMonths"', expect: signedInPage(['staff']) },
];

export const ROUTE_ROWS: RouteRow[] = [
  { route: '/api/health', path: '/api/health', expect: all(200) },
  { route: '/api/auth/[...nextauth]', path: '/api/auth/session', expect: all(200) },
  {
    route: '/api/member/export',
    path: '/api/member/export',
    expect: { anonymous: 401, memberA: 200, memberB: 200, advisorX: 403, advisorY: 403, staff: 403, deactivated: 401 },
  },
  // The member's PDF report: only ever their own business (both demo members have one).
  {
    route: '/api/member/report',
    path: '/api/member/report?locale=fr',
    expect: { anonymous: 401, memberA: 200, memberB: 200, advisorX: 403, advisorY: 403, staff: 403, deactivated: 401 },
  },
  {
    route: '/api/follow-ups/[id]/ics',
    path: (ids) => `/api/follow-ups/${ids.followUpId}/ics`,
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 404, staff: 200, deactivated: 401 },
  },
  // The triage table's quick look: scoped like the table (the chip shop is in X's region, not Y's).
  {
    route: '/api/businesses/[id]/quick-look',
    path: (ids) => `/api/businesses/${ids.chipShopId}/quick-look`,
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 404, staff: 200, deactivated: 401 },
  },
  // The triage table's sector filter list: NACE reference data, for the roles that have the table.
  {
    route: '/api/sectors',
    path: '/api/sectors?locale=fr',
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 200, staff: 200, deactivated: 401 },
  },
  // Public reference data (the quick scan's sector list): the same answer for everyone.
  { route: '/api/sectors/options', path: '/api/sectors/options?locale=nl', expect: all(200) },
  // A programme figure's data: scoped like the page (each advisor gets their own regions' figures).
  {
    route: '/api/programme/classes',
    path: '/api/programme/classes?by=province&locale=nl',
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 200, staff: 200, deactivated: 401 },
  },
  {
    route: '/api/programme/channels',
    path: '/api/programme/channels?locale=nl&sector=47',
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 200, staff: 200, deactivated: 401 },
  },
  {
    route: '/api/programme/history',
    path: '/api/programme/history?figure=tipped&locale=fr&from=2025-01-01',
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 200, staff: 200, deactivated: 401 },
  },
  // Staff, and advisors with the export permission (X has it, Y not); a small view so it is quick.
  {
    route: '/api/exports',
    path: '/api/exports',
    post: { format: 'csv', purpose: 'Authorization matrix', query: 'q=gouden+friet', locale: 'nl' },
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 200, advisorY: 403, staff: 200, deactivated: 401 },
  },
  // Only staff import member lists; each staff request stores one more (unchecked) upload.
  {
    route: '/api/imports',
    path: '/api/imports',
    upload: { body: MATRIX_IMPORT_CSV, headers: { 'X-File-Name': MATRIX_IMPORT_FILE, 'X-Locale': 'nl' } },
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 403, advisorY: 403, staff: 201, deactivated: 401 },
  },
  {
    route: '/api/imports/[id]/report',
    path: (ids) => `/api/imports/${ids.importId}/report?locale=nl`,
    expect: { anonymous: 401, memberA: 403, memberB: 403, advisorX: 403, advisorY: 403, staff: 200, deactivated: 401 },
  },
  // The token in the address is the credential: an unknown one is not found, whoever asks.
  { route: '/api/calendar/[token]', path: `/api/calendar/${UNKNOWN_TOKEN}`, expect: all(404) },
];

export const ACTION_ROWS: ActionRow[] = [
  // A malformed import id fails validation for staff; nothing is checked or imported.
  {
    action: 'app/[locale]/(staff)/staff/imports/actions.ts#checkImportAction',
    payload: () => ({ importId: 'not-an-id', enterpriseNumber: '0' }),
    expect: roleAction(['staff'], 'invalid'),
  },
  // The matrix's upload has had no dry run: staff are told it cannot be imported yet.
  {
    action: 'app/[locale]/(staff)/staff/imports/actions.ts#applyImportAction',
    payload: (ids) => ({ importId: ids.importId }),
    expect: roleAction(['staff'], 'conflict'),
  },
  // No reason: staff reach the validation; nothing changes and no job is queued.
  {
    action: 'app/[locale]/(staff)/staff/sector-impacts/actions.ts#changeSectorImpactAction',
    payload: () => ({ prefix: '56', exposure: 'structural', reason: '' }),
    expect: roleAction(['staff'], 'invalid'),
  },
  // Saving a view writes only to the caller's own list; an empty name fails validation for those allowed.
  {
    action: 'app/[locale]/(advisor)/advisor/view-actions.ts#saveViewAction',
    payload: () => ({ name: '', query: 'class=shifter' }),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'invalid'),
  },
  // Nobody can rename, make default or delete a view that is not their own: it does not exist for them.
  {
    action: 'app/[locale]/(advisor)/advisor/view-actions.ts#renameViewAction',
    payload: () => ({ viewId: '00000000-0000-4000-8000-000000000000', name: 'Matrix' }),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'not_found'),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/view-actions.ts#setDefaultViewAction',
    payload: () => ({ viewId: '00000000-0000-4000-8000-000000000000' }),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'not_found'),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/view-actions.ts#deleteViewAction',
    payload: () => ({ viewId: '00000000-0000-4000-8000-000000000000' }),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'not_found'),
  },
  // Table settings are the caller's own; a column that does not exist fails validation for those allowed.
  {
    action: 'app/[locale]/(advisor)/advisor/view-actions.ts#saveTablePreferencesAction',
    payload: () => ({ hidden: ['fax'], order: [], density: 'compact' }),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'invalid'),
  },
  {
    // An empty reason fails validation for those allowed to reach the business; the Walloon advisor is told it does not exist.
    action: 'app/[locale]/(advisor)/advisor/actions.ts#overrideClassAction',
    payload: (ids, actor) => ({ businessId: ids.chipShopId, crisisClass: 'winner', reason: actor === 'advisorY' ? 'Matrix check' : '' }),
    expect: advisorsAndStaff({ advisorX: 'invalid', advisorY: 'not_found', staff: 'invalid' }),
  },
  {
    // The chip shop lies in Limburg: its advisor reaches the check on the target advisor (staff is no
    // advisor, so nothing is written); the Walloon advisor may not touch it at all.
    action: 'app/[locale]/(advisor)/advisor/actions.ts#assignAdvisorAction',
    payload: (ids) => ({ businessIds: [ids.chipShopId], advisorId: ids.staffUserId }),
    expect: advisorsAndStaff({ advisorX: 'invalid', advisorY: 'forbidden', staff: 'invalid' }),
  },
  {
    // Back to the computed priority (what the demo data has): allowed in scope, changes no order.
    action: 'app/[locale]/(advisor)/advisor/actions.ts#setPriorityAction',
    payload: (ids) => ({ businessIds: [ids.chipShopId], priority: '' }),
    expect: advisorsAndStaff({ advisorX: 'ok', advisorY: 'forbidden', staff: 'ok' }),
  },
  {
    // HTML in the summary fails validation for those who may record; the Walloon advisor gets a valid
    // follow-up and is told the chip shop does not exist for them. Nothing is written.
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#createFollowUpAction',
    payload: (ids, actor) => ({
      businessId: ids.chipShopId,
      idempotencyKey: crypto.randomUUID(),
      kind: 'call',
      status: 'open',
      happenedAt: '',
      dueAt: '2030-01-07T10:00',
      summary: actor === 'advisorY' ? 'Matrix' : '<b>Matrix</b>',
      nextStep: '',
      ownerId: ids.staffUserId,
    }),
    expect: advisorsAndStaff({ advisorX: 'invalid', advisorY: 'not_found', staff: 'invalid' }),
  },
  // A stale version: those who may see the follow-up get a conflict (nothing written), the Walloon advisor a not-found.
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#updateFollowUpAction',
    payload: (ids) => ({
      followUpId: ids.followUpId,
      version: 999,
      kind: 'call',
      status: 'open',
      happenedAt: '',
      dueAt: '2030-01-07T10:00',
      summary: '',
      nextStep: '',
      ownerId: ids.staffUserId,
      cancelReason: '',
    }),
    expect: advisorsAndStaff({ advisorX: 'conflict', advisorY: 'not_found', staff: 'conflict' }),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#completeFollowUpAction',
    payload: (ids) => ({
      followUpId: ids.followUpId,
      version: 999,
      happenedAt: '',
      outcome: '',
      nextKind: 'call',
      nextDueAt: '',
      nextStep: '',
      nextOwnerId: ids.staffUserId,
      nextIdempotencyKey: crypto.randomUUID(),
    }),
    expect: advisorsAndStaff({ advisorX: 'conflict', advisorY: 'not_found', staff: 'conflict' }),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#rescheduleFollowUpAction',
    payload: (ids) => ({ followUpId: ids.followUpId, version: 999, dueAt: '2030-01-07T10:00' }),
    expect: advisorsAndStaff({ advisorX: 'conflict', advisorY: 'not_found', staff: 'conflict' }),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#cancelFollowUpAction',
    payload: (ids) => ({ followUpId: ids.followUpId, version: 999, reason: 'Matrix' }),
    expect: advisorsAndStaff({ advisorX: 'conflict', advisorY: 'not_found', staff: 'conflict' }),
  },
  // Staff only; an unknown follow-up is not found, nothing is moved.
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#reassignFollowUpsAction',
    payload: (ids) => ({ followUpIds: ['00000000-0000-4000-8000-000000000000'], ownerId: ids.staffUserId }),
    expect: roleAction(['staff'], 'not_found'),
  },
  // Each makes or revokes the caller's own feed only.
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#createCalendarFeedAction',
    payload: () => ({}),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'ok'),
  },
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/actions.ts#revokeCalendarFeedAction',
    payload: () => ({}),
    expect: roleAction(['advisorX', 'advisorY', 'staff'], 'ok'),
  },
  // An id no request has: those who may take requests up are told it is not found, nothing is written.
  {
    action: 'app/[locale]/(advisor)/advisor/follow-ups/help-actions.ts#takeUpHelpRequestAction',
    payload: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    expect: advisorsAndStaff({ advisorX: 'not_found', advisorY: 'not_found', staff: 'not_found' }),
  },
  // No file: staff reach the validation, nothing is replaced.
  {
    action: 'app/[locale]/(staff)/staff/sectors/actions.ts#uploadNaceCatalogueAction',
    payload: () => ({ version: '2025' }),
    expect: roleAction(['staff'], 'invalid'),
  },
  // Member actions get payloads that fail validation: the authorized path is reached, nothing changes.
  {
    action: 'app/[locale]/(member)/member/actions.ts#saveProfileAction',
    payload: () => ({ name: '', enterpriseNumber: 'x' }),
    expect: roleAction(['memberA', 'memberB'], 'invalid'),
  },
  {
    action: 'app/[locale]/(member)/member/actions.ts#saveChannelsAction',
    payload: () => ({ version: 1, website: 'sometimes' }),
    expect: roleAction(['memberA', 'memberB'], 'invalid'),
  },
  { action: 'app/[locale]/(member)/member/actions.ts#closeAccountAction', payload: () => ({}), expect: roleAction(['memberA', 'memberB'], 'invalid') },
  // A topic that is not one: members reach the validation, no request is made.
  {
    action: 'app/[locale]/(member)/member/help-actions.ts#askForHelpAction',
    payload: () => ({ topic: 'telepathy', message: '' }),
    expect: roleAction(['memberA', 'memberB'], 'invalid'),
  },
  // A value a checkbox never posts: members reach the validation, their reminder choice stays as it is.
  {
    action: 'app/[locale]/(member)/member/data/actions.ts#setChannelRemindersAction',
    payload: () => ({ channelReminders: 'sometimes' }),
    expect: roleAction(['memberA', 'memberB'], 'invalid'),
  },
  // Zero months is out of range: staff reach the validation, the setting stays as it is.
  {
    action: 'app/[locale]/(staff)/staff/settings/actions.ts#setReminderMonthsAction',
    payload: () => ({ reminderMonths: '0' }),
    expect: roleAction(['staff'], 'invalid'),
  },
  {
    action: 'app/[locale]/(auth)/actions.ts#signInAction',
    payload: (_ids, actor) => ({ email: `nobody-${actor}@example.be`, password: 'wrong-password-123' }),
    expect: all('invalid'),
  },
  { action: 'app/[locale]/(auth)/actions.ts#signOutAction', payload: () => ({}), expect: all('redirect'), ownSession: true },
  // Each ends the caller's own sessions only: a session id that is not theirs is not found.
  {
    action: 'app/[locale]/account/actions.ts#endSessionAction',
    payload: () => ({ sessionId: '00000000-0000-4000-8000-000000000000' }),
    expect: roleAction(['memberA', 'memberB', 'advisorX', 'advisorY', 'staff'], 'not_found'),
  },
  {
    action: 'app/[locale]/account/actions.ts#endOtherSessionsAction',
    payload: () => ({}),
    expect: roleAction(['memberA', 'memberB', 'advisorX', 'advisorY', 'staff'], 'ok'),
  },
  {
    action: 'app/[locale]/(auth)/actions.ts#registerAction',
    payload: () => ({ name: 'Matrix', email: 'not-an-address', password: 'short', language: 'nl' }),
    expect: all('invalid'),
  },
  { action: 'app/[locale]/(auth)/actions.ts#verifyEmailAction', payload: () => ({ token: UNKNOWN_TOKEN }), expect: all('invalid') },
  { action: 'app/[locale]/(auth)/actions.ts#forgotPasswordAction', payload: () => ({ email: 'unknown-person@example.be' }), expect: all('ok') },
  { action: 'app/[locale]/(auth)/actions.ts#resendVerificationAction', payload: () => ({ email: 'unknown-person@example.be' }), expect: all('ok') },
  {
    // The channels are missing: refused before anything is kept, for every visitor alike.
    action: 'app/[locale]/scan/actions.ts#submitQuickScanAction',
    payload: () => ({ submissionKey: '6f1c2a4e-8d3b-4f7a-9c2e-1b5d7e9f0a12', naceCode: '56.102', employeesBand: '1-4', revenueChangePct: '' }),
    expect: all('invalid'),
  },
  {
    action: 'app/[locale]/(auth)/actions.ts#resetPasswordAction',
    payload: () => ({ token: UNKNOWN_TOKEN, password: STRONG_PASSWORD, confirm: STRONG_PASSWORD }),
    expect: all('invalid'),
  },
  {
    action: 'app/[locale]/(auth)/actions.ts#acceptInvitationAction',
    payload: () => ({ token: UNKNOWN_TOKEN, password: STRONG_PASSWORD, confirm: STRONG_PASSWORD }),
    expect: all('invalid'),
  },
  {
    action: 'app/[locale]/(staff)/staff/users/actions.ts#inviteUserAction',
    // An address that exists: staff get the conflict, so the matrix creates nobody.
    payload: () => ({ name: 'Matrix', email: 'staff@kantelpunt.demo', role: 'advisor', regions: ['BE-VLI'], language: 'nl' }),
    expect: roleAction(['staff'], 'conflict'),
  },
  {
    action: 'app/[locale]/(staff)/staff/users/actions.ts#updateUserAction',
    // Staff demoting themselves is refused: the authorized path is reached, nothing changes.
    payload: (ids) => ({ userId: ids.staffUserId, role: 'advisor', status: 'active', regions: ['BE-VLI'] }),
    expect: roleAction(['staff'], 'invalid'),
  },
];
