import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CHANNELS, CHANNEL_STATUSES, EMPLOYEE_BANDS } from '../lib/domain/channels';
import { PROVINCES } from '../lib/domain/provinces';
import { CRISIS_CLASSES, type ClassReason } from '../lib/domain/classification';
import { EXPOSURES } from '../lib/domain/sector-impact-defaults';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from '../lib/domain/follow-ups';
import { foldSql } from '../lib/domain/search-text';

/* ------------------------------------------------------------------ enums */

export const roleEnum = pgEnum('user_role', ['member', 'advisor', 'staff']);
export const userStatusEnum = pgEnum('user_status', ['pending', 'active', 'deactivated']);
export const localeEnum = pgEnum('locale', ['nl', 'fr', 'en']);
export const provinceEnum = pgEnum('province', PROVINCES);
export const channelEnum = pgEnum('channel', CHANNELS);
export const channelStatusEnum = pgEnum('channel_status', CHANNEL_STATUSES);
export const employeeBandEnum = pgEnum('employee_band', EMPLOYEE_BANDS);
export const crisisClassEnum = pgEnum('crisis_class', CRISIS_CLASSES);
export const sectorExposureEnum = pgEnum('sector_exposure', EXPOSURES);
export const followUpKindEnum = pgEnum('follow_up_kind', FOLLOW_UP_KINDS);
export const followUpStatusEnum = pgEnum('follow_up_status', FOLLOW_UP_STATUSES);
export const classChangeSourceEnum = pgEnum('class_change_source', ['computed', 'override', 'sector_change', 'import']);
export const tokenKindEnum = pgEnum('auth_token_kind', ['verify_email', 'reset_password', 'invitation', 'calendar_feed']);
export const jobStatusEnum = pgEnum('job_status', ['queued', 'running', 'done', 'failed']);
export const importStatusEnum = pgEnum('import_status', ['uploaded', 'checking', 'checked', 'importing', 'imported', 'failed', 'expired']);
export const importActionEnum = pgEnum('import_action', ['create', 'update', 'unchanged', 'reject']);
export const mailStatusEnum = pgEnum('mail_status', ['queued', 'sent', 'failed', 'outbox_only']);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/* ------------------------------------------------------------------ people */

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull().default('member'),
    status: userStatusEnum('status').notNull().default('pending'),
    locale: localeEnum('locale').notNull().default('nl'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** Advisors may export member lists only when staff grants it. */
    canExport: boolean('can_export').notNull().default(false),
    /** Demo accounts: refused at sign-in in production unless DEMO_MODE is set. */
    isDemo: boolean('is_demo').notNull().default(false),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Members may turn off the e-mail that invites them to update their channels (lib/reminders). */
    channelReminders: boolean('channel_reminders').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`), index('users_role_status_idx').on(t.role, t.status)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const advisorRegions = pgTable(
  'advisor_regions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    province: provinceEnum('province').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.province] }), index('advisor_regions_province_idx').on(t.province)],
);
export type AdvisorRegion = typeof advisorRegions.$inferSelect;

/* ------------------------------------------------------------------ sign-in */

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_attempts_email_time_idx').on(t.email, t.createdAt), index('login_attempts_ip_time_idx').on(t.ip, t.createdAt)],
);

/**
 * One row per sign-in. The session token carries only this row's id; the data access layer
 * refuses a token whose row is revoked, expired or gone, so signing out (or a password change,
 * or a deactivation) ends a session on the server, whatever copies of the cookie exist.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    /** Touched at most every few minutes, not on every request. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute end: nothing extends a session past it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.expiresAt)],
);
export type UserSession = typeof userSessions.$inferSelect;

export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: tokenKindEnum('kind').notNull(),
    /** Only a SHA-256 of the token is stored; the token itself travels in the e-mail. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('auth_tokens_hash_key').on(t.tokenHash), index('auth_tokens_user_kind_idx').on(t.userId, t.kind)],
);

/** Outgoing e-mail; with no SMTP_URL it stays here for staff (and tests) to read. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: mailStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('email_outbox_status_idx').on(t.status, t.createdAt), index('email_outbox_to_idx').on(t.toAddress)],
);

/* ------------------------------------------------------------------ sectors */

/** NACE-BEL catalogue: sections, divisions, groups, classes and Belgian subclasses, per code version. */
export const naceCodes = pgTable(
  'nace_codes',
  {
    version: text('version').notNull(),
    code: text('code').notNull(),
    level: text('level', { enum: ['section', 'division', 'group', 'class', 'subclass'] }).notNull(),
    parentCode: text('parent_code'),
    labelNl: text('label_nl').notNull(),
    labelFr: text('label_fr').notNull(),
    labelEn: text('label_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.code] }), index('nace_codes_parent_idx').on(t.version, t.parentCode)],
);
export type NaceCode = typeof naceCodes.$inferSelect;

/** How exposed a sector (a NACE code prefix) is to the crisis; drives the classification. */
export const sectorImpacts = pgTable(
  'sector_impacts',
  {
    nacePrefix: text('nace_prefix').primaryKey(),
    exposure: sectorExposureEnum('exposure').notNull(),
    note: text('note'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [check('sector_impacts_prefix_format', sql`${t.nacePrefix} ~ '^[0-9]{2}(\\.[0-9]{1,3})?$'`)],
);
export type SectorImpact = typeof sectorImpacts.$inferSelect;

/* ------------------------------------------------------------------ businesses */

export const businesses = pgTable(
  'businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The member who owns this profile; null for imported businesses not yet claimed. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    /** Ten digits, no notation (formatted for display). */
    enterpriseNumber: text('enterprise_number').notNull(),
    naceCode: text('nace_code'),
    naceVersion: text('nace_version'),
    postcode: text('postcode'),
    locality: text('locality'),
    province: provinceEnum('province'),
    employeesBand: employeeBandEnum('employees_band'),
    /** Revenue change versus before the crisis, in percent (−100 … +1000). */
    revenueChangePct: smallint('revenue_change_pct'),
    needs: text('needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contactConsentAt: timestamp('contact_consent_at', { withTimezone: true }),
    contactConsentText: text('contact_consent_text'),
    assignedAdvisorId: uuid('assigned_advisor_id').references(() => users.id, { onDelete: 'set null' }),

    // Denormalised for the triage table and exports: kept in step with channel_statuses on every save,
    // so filters like "does not use channel X" need no join and no aggregation over ten rows per business.
    channelsInUse: channelEnum('channels_in_use')
      .array()
      .notNull()
      .default(sql`'{}'::channel[]`),
    channelsInUseCount: smallint('channels_in_use_count').notNull().default(0),
    digitalScore: smallint('digital_score'),
    /**
     * The score of the first assessment, kept by the database (migration 0011) when the first score
     * is written, so the programme can show how far members moved since without reading every snapshot.
     */
    firstDigitalScore: smallint('first_digital_score'),
    /** Scored again after the first assessment (kept by the database): only then does the programme count the score's change. */
    assessedAgain: boolean('assessed_again').notNull().default(false),
    /** The score per dimension (lib/domain/digital-score.ts), kept beside the overall score for peer comparison. */
    digitalDimensions: jsonb('digital_dimensions').$type<Record<string, number>>(),

    // Classification, computed and stored for fast filtering; an advisor's override wins when set.
    computedClass: crisisClassEnum('computed_class').notNull().default('unknown'),
    classReasons: jsonb('class_reasons')
      .$type<ClassReason[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    overrideClass: crisisClassEnum('override_class'),
    overrideReason: text('override_reason'),
    overrideBy: uuid('override_by').references(() => users.id, { onDelete: 'set null' }),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    effectiveClass: crisisClassEnum('effective_class').notNull().default('unknown'),
    /** The priority the table sorts on: an advisor's manual priority when set, else the computed one. */
    coachingPriority: smallint('coaching_priority').notNull().default(0),
    /** The rules' priority for the class in force (the override when set, else the computed class). */
    computedPriority: smallint('computed_priority').notNull().default(0),
    /** Set by an advisor (bulk "set priority"); re-classification keeps it. */
    manualPriority: smallint('manual_priority'),

    // Follow-up summary on the row itself (written in the same transaction as the follow-up).
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    nextFollowUpAt: timestamp('next_follow_up_at', { withTimezone: true }),
    nextFollowUpOwnerId: uuid('next_follow_up_owner_id').references(() => users.id, { onDelete: 'set null' }),

    /** When the member last saved their channels: the reminder to update them counts from here. */
    channelsUpdatedAt: timestamp('channels_updated_at', { withTimezone: true }),
    /** When the last reminder to update the channels was queued (one per update, lib/reminders). */
    channelReminderAt: timestamp('channel_reminder_at', { withTimezone: true }),
    /** When the member's open request for an advisor was made; null when none is open (the triage "help asked" filter). */
    helpAskedAt: timestamp('help_asked_at', { withTimezone: true }),
    /** When the member brought a quick scan into the account: counted, not identified, in the programme's funnel. */
    quickScanAt: timestamp('quick_scan_at', { withTimezone: true }),

    /**
     * Name, enterprise number, locality and postcode, lower-cased and without accents, for the
     * free-text filter (trigram index). Generated by the database rather than written by the app,
     * so no write path (profile, import, seed, staff edits) can forget it; the folding uses only
     * immutable built-ins and is shared with the app's folding of the query (lib/domain/search-text.ts).
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql.raw(foldSql(`name || ' ' || enterprise_number || ' ' || coalesce(locality, '') || ' ' || coalesce(postcode, '')`)),
    ),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('businesses_enterprise_number_key').on(t.enterpriseNumber),
    index('businesses_owner_idx').on(t.ownerId),
    // The advisor table's default view: region (+ class) ordered by coaching priority. The id
    // tie-breaker runs in the same direction as the sort (lib/dal/triage.ts), so one index serves
    // both directions of a sort, read forwards or backwards
    // (DESC NULLS FIRST is PostgreSQL's plain DESC; read backwards it is plain ASC).
    index('businesses_province_priority_idx').on(t.province, t.coachingPriority.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('businesses_province_class_priority_idx').on(t.province, t.effectiveClass, t.coachingPriority.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('businesses_priority_idx').on(t.coachingPriority.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('businesses_class_idx').on(t.effectiveClass, t.coachingPriority.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('businesses_nace_idx').on(t.naceCode.op('text_pattern_ops')),
    index('businesses_advisor_idx').on(t.assignedAdvisorId),
    index('businesses_score_idx').on(t.digitalScore),
    index('businesses_revenue_idx').on(t.revenueChangePct),
    index('businesses_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('businesses_next_follow_up_idx').on(t.nextFollowUpAt),
    index('businesses_help_asked_idx')
      .on(t.helpAskedAt)
      .where(sql`${t.helpAskedAt} is not null`),
    index('businesses_channels_updated_idx').on(t.channelsUpdatedAt),
    index('businesses_quick_scan_idx')
      .on(t.quickScanAt)
      .where(sql`${t.quickScanAt} is not null`),
    index('businesses_name_idx').on(t.name),
    index('businesses_channels_in_use_idx').using('gin', t.channelsInUse),
    index('businesses_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('businesses_enterprise_number_format', sql`${t.enterpriseNumber} ~ '^[01][0-9]{9}$'`),
    check('businesses_revenue_change_range', sql`${t.revenueChangePct} between -100 and 1000`),
    check('businesses_priority_range', sql`${t.coachingPriority} between 0 and 100`),
    check('businesses_manual_priority_range', sql`${t.manualPriority} between 0 and 100`),
    check('businesses_score_range', sql`${t.digitalScore} between 0 and 100`),
  ],
);
export type Business = typeof businesses.$inferSelect;
export type NewBusiness = typeof businesses.$inferInsert;

export const channelStatuses = pgTable(
  'channel_statuses',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    channel: channelEnum('channel').notNull(),
    status: channelStatusEnum('status').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.channel] }), index('channel_statuses_channel_status_idx').on(t.channel, t.status)],
);
export type ChannelStatusRow = typeof channelStatuses.$inferSelect;

/** A snapshot per profile save, so that scores and classes can be shown over time. */
export const businessSnapshots = pgTable(
  'business_snapshots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    data: jsonb('data').notNull(),
    digitalScore: smallint('digital_score'),
    effectiveClass: crisisClassEnum('effective_class').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('business_snapshots_business_idx').on(t.businessId, t.createdAt)],
);

export const classificationHistory = pgTable(
  'classification_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    fromClass: crisisClassEnum('from_class'),
    toClass: crisisClassEnum('to_class').notNull(),
    source: classChangeSourceEnum('source').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Where the business was when its class changed ('' unknown), and how many days after its first
     * logged contact (null: none before). Filled by the database on insert (migration 0011), so the
     * programme's monthly counts can be recounted from this table alone.
     */
    province: text('province'),
    division: text('division'),
    daysSinceContact: integer('days_since_contact'),
    createdAt: createdAt(),
  },
  (t) => [
    index('classification_history_business_idx').on(t.businessId, t.createdAt),
    index('classification_history_transition_idx').on(t.fromClass, t.toClass, t.createdAt),
  ],
);

/* ------------------------------------------------------------------ coaching */

export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    kind: followUpKindEnum('kind').notNull(),
    happenedAt: timestamp('happened_at', { withTimezone: true }),
    summary: text('summary').notNull().default(''),
    nextStep: text('next_step'),
    nextStepShared: boolean('next_step_shared').notNull().default(false),
    dueAt: timestamp('due_at', { withTimezone: true }),
    status: followUpStatusEnum('status').notNull().default('open'),
    cancelReason: text('cancel_reason'),
    /** A double click or a replayed request carries the same key and creates nothing new. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of what the creating request asked for: the same key with other content is refused. */
    requestFingerprint: text('request_fingerprint'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('follow_ups_idempotency_key').on(t.idempotencyKey),
    index('follow_ups_business_idx').on(t.businessId, t.createdAt),
    index('follow_ups_owner_queue_idx').on(t.ownerId, t.status, t.dueAt),
    // The programme's overdue count for the current week (lib/dal/coaching-counts.ts).
    index('follow_ups_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'open'`),
  ],
);
export type FollowUp = typeof followUps.$inferSelect;

/* ------------------------------------------------------------------ programme figures */

/**
 * The membership counted by province, NACE division, class in force and digital-score band: the
 * programme dashboard's figures without scanning the businesses on each request. Written by
 * triggers on businesses (migration 0010_programme_counts), so every write path — profile, import,
 * staff edits, re-classification, seed — counts, in the same transaction as the change. The
 * triggers only append signed changes (+n, -n), so concurrent writers never wait for one another
 * on a shared counter row; a key's figure is the sum of its rows, and a sweep folds each key's
 * rows into one (compact_programme_counts, called by lib/dal/programme-counts.ts). An unknown province or
 * division is ''; the score band is the tens of the score (0–9, 100 in 9), -1 without a score.
 */
export const businessCounts = pgTable(
  'business_counts',
  {
    province: text('province').notNull(),
    division: text('division').notNull(),
    effectiveClass: crisisClassEnum('effective_class').notNull(),
    scoreBand: smallint('score_band').notNull(),
    businesses: integer('businesses').notNull(),
  },
  (t) => [index('business_counts_key_idx').on(t.province, t.division)],
);

/**
 * Channel statuses counted by the business's province and NACE division, written like
 * business_counts by triggers on channel_statuses and businesses (migration 0010_programme_counts).
 * A member with no status for a channel has not said: the dashboard counts that as unaware.
 */
export const channelCounts = pgTable(
  'channel_counts',
  {
    province: text('province').notNull(),
    division: text('division').notNull(),
    channel: channelEnum('channel').notNull(),
    status: channelStatusEnum('status').notNull(),
    businesses: integer('businesses').notNull(),
  },
  (t) => [index('channel_counts_key_idx').on(t.province, t.division)],
);

/**
 * Class changes counted by month (Brussels time), province and NACE division where the business was,
 * the classes it left and joined, and how long after its first logged contact (contact band: -1 no
 * contact before, 0 within 30 days, 1 within 90, 2 within 180, 3 later). The first classification of a
 * business is not a change and is not counted. Written by triggers on classification_history
 * (migration 0011_programme_history), appended and folded like business_counts. Division '*' holds
 * the sum over all divisions (kept by a trigger on this table), read when no sector is chosen.
 */
export const classChangeCounts = pgTable(
  'class_change_counts',
  {
    month: date('month', { mode: 'string' }).notNull(),
    province: text('province').notNull(),
    division: text('division').notNull(),
    fromClass: crisisClassEnum('from_class').notNull(),
    toClass: crisisClassEnum('to_class').notNull(),
    contactBand: smallint('contact_band').notNull(),
    businesses: integer('businesses').notNull(),
  },
  (t) => [index('class_change_counts_key_idx').on(t.division, t.month)],
);

/**
 * Members with a first and a latest digital score, by province, division, whether an advisor has
 * logged a contact with them (coached), and how their score moved (change band: -1 down, 0 the same,
 * 1 up 1–9 points, 2 up 10–19, 3 up 20 or more); `change_sum` adds up the points, for the mean.
 * Written by triggers on businesses (migration 0011_programme_history).
 */
export const scoreChangeCounts = pgTable(
  'score_change_counts',
  {
    province: text('province').notNull(),
    division: text('division').notNull(),
    coached: boolean('coached').notNull(),
    changeBand: smallint('change_band').notNull(),
    businesses: integer('businesses').notNull(),
    changeSum: integer('change_sum').notNull(),
  },
  (t) => [index('score_change_counts_key_idx').on(t.province, t.division)],
);

/**
 * Follow-ups counted by week (Monday, Brussels time: when the contact happened for a done one, when
 * it is due for an open or cancelled one), the business's province and NACE division, the advisor,
 * kind and status, with division '*' for the sum over all divisions like class_change_counts.
 * Written by triggers on follow_ups and businesses (migration 0011_programme_history).
 */
export const followUpCounts = pgTable(
  'follow_up_counts',
  {
    week: date('week', { mode: 'string' }).notNull(),
    province: text('province').notNull(),
    division: text('division').notNull(),
    ownerId: uuid('owner_id').notNull(),
    kind: followUpKindEnum('kind').notNull(),
    status: followUpStatusEnum('status').notNull(),
    followUps: integer('follow_ups').notNull(),
  },
  (t) => [index('follow_up_counts_key_idx').on(t.division, t.week)],
);

/**
 * Open follow-ups by the Brussels day they are due, province and NACE division: what is overdue
 * now without reading the follow-ups. Written by triggers on follow_ups and businesses (migration
 * 0011_programme_history).
 */
export const openFollowUpDays = pgTable(
  'open_follow_up_days',
  {
    dueDay: date('due_day', { mode: 'string' }).notNull(),
    province: text('province').notNull(),
    division: text('division').notNull(),
    followUps: integer('follow_ups').notNull(),
  },
  (t) => [index('open_follow_up_days_key_idx').on(t.division, t.dueDay)],
);

/* ------------------------------------------------------------------ views, jobs, audit */

export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query').notNull(),
    /** The view the triage page opens when its address has no query; at most one per user (the partial unique index). */
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('saved_views_user_name_key').on(t.userId, t.name),
    uniqueIndex('saved_views_user_default_key')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);

/**
 * Per-user settings that only shape how a screen looks (the triage table's columns and density),
 * one jsonb value per key. The value is validated by the key's zod schema when read and written.
 */
export const userPreferences = pgTable(
  'user_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** Background work (re-classification, imports, exports, e-mail): claimed through the database, so it runs once across instances. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload')
      .notNull()
      .default(sql`'{}'::jsonb`),
    status: jobStatusEnum('status').notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total'),
    result: jsonb('result'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_claim_idx').on(t.status, t.runAfter), index('jobs_kind_idx').on(t.kind, t.createdAt)],
);

/** Append-only record of every mutation that matters, sign-in and export. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorRole: roleEnum('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    filters: jsonb('filters'),
    rowCount: integer('row_count'),
    details: jsonb('details'),
    requestId: text('request_id'),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_time_idx').on(t.createdAt.desc()),
    index('audit_events_actor_idx').on(t.actorId, t.createdAt),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_action_idx').on(t.action, t.createdAt),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;

/* ------------------------------------------------------------------ member list imports */

/** Raw bytes; pg hands back a Buffer, PGlite a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // pg sends a Buffer as bytea (a bare Uint8Array it would send as text); PGlite takes either.
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * An uploaded member list on its way in: the file itself (kept in the database so that any instance can check or
 * import it, and dropped once imported), its header and column mapping, and the counts of the dry run and the import.
 */
export const memberImports = pgTable(
  'member_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    fileFormat: text('file_format', { enum: ['csv', 'xlsx'] }).notNull(),
    fileSize: integer('file_size').notNull(),
    /** SHA-256 of the file, to tell staff when the same file was imported before. */
    fileSha256: text('file_sha256').notNull(),
    fileData: bytea('file_data'),
    headers: jsonb('headers').$type<string[]>().notNull(),
    sample: jsonb('sample').$type<string[][]>().notNull(),
    rowCount: integer('row_count').notNull(),
    /** Import field → index of the file column it is read from. */
    mapping: jsonb('mapping').$type<Record<string, number>>(),
    status: importStatusEnum('status').notNull().default('uploaded'),
    /** Dry run: rows per action. */
    checkCounts: jsonb('check_counts').$type<Record<string, number>>(),
    /** The import itself: rows per outcome, kept up to date batch by batch so a resumed import continues where it stopped. */
    importCounts: jsonb('import_counts').$type<Record<string, number>>(),
    /** The last file row whose batch is committed. */
    importedThrough: integer('imported_through').notNull().default(0),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    error: text('error'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('member_imports_created_idx').on(t.createdAt.desc()), index('member_imports_sha_idx').on(t.fileSha256)],
);
export type MemberImport = typeof memberImports.$inferSelect;

/** The dry run's verdict on each data row of an import: the downloadable report, and what the import applies. */
export const memberImportRows = pgTable(
  'member_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => memberImports.id, { onDelete: 'cascade' }),
    /** The row number as the spreadsheet shows it. */
    rowNumber: integer('row_number').notNull(),
    enterpriseNumber: text('enterprise_number'),
    name: text('name'),
    action: importActionEnum('action').notNull(),
    /** Why a row is rejected (codes such as 'checksum', 'nace_unknown', 'duplicate_in_file'). */
    problems: text('problems')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** For an update: the fields that change. */
    changes: text('changes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The checked values to write (only the fields the file fills in). */
    values: jsonb('values').$type<Record<string, string | number>>(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] }), index('member_import_rows_action_idx').on(t.importId, t.action, t.rowNumber)],
);

/* ------------------------------------------------------------------ export slots */

/**
 * Running exports per user, shared by every instance: a user holds at most a few of these slots at
 * once. A slot is a lease renewed while its export runs, so the slot of an instance that crashed
 * frees itself when the lease runs out.
 */
export const exportSlots = pgTable(
  'export_slots',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 1 … the per-user bound. */
    slot: smallint('slot').notNull(),
    /** Which export holds the slot (a lapsed slot taken over by another export is not released by the first). */
    holder: uuid('holder').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.slot] })],
);

/* ------------------------------------------------------------------ the entrepreneur's way in */

/** Settings staff change in the portal (validated per key by lib/settings), one jsonb value per key. */
export const portalSettings = pgTable('portal_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/**
 * A member asks for coaching on a topic (one of their needs, or "other" with their own words). It
 * waits for an advisor of the member's province, who takes it up; one open request per business.
 */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    topic: text('topic').notNull(),
    message: text('message').notNull().default(''),
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('help_requests_one_open_key')
      .on(t.businessId)
      .where(sql`${t.takenAt} is null`),
    index('help_requests_business_idx').on(t.businessId, t.createdAt),
  ],
);

/**
 * A quick scan taken without an account. Only the hash of its claim token is kept; the visitor
 * holds the token (in a cookie) for 7 days and can bring the scan into a new account. No personal
 * data: the sector, size, revenue change and channel statuses, and a hash of the address for the
 * rate limit. Expired scans are deleted (lib/quick-scan); the count per day stays in quick_scan_counts.
 */
export const quickScans = pgTable(
  'quick_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    /** Sent with the scan's form: the same form posted twice (a double tap, a replay) makes one scan. */
    submissionKey: text('submission_key').notNull(),
    ipHash: text('ip_hash').notNull(),
    naceCode: text('nace_code').notNull(),
    naceVersion: text('nace_version').notNull(),
    employeesBand: employeeBandEnum('employees_band').notNull(),
    revenueChangePct: smallint('revenue_change_pct'),
    statuses: jsonb('statuses').$type<Record<string, string>>().notNull(),
    digitalScore: smallint('digital_score').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    claimedBy: uuid('claimed_by').references(() => users.id, { onDelete: 'cascade' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('quick_scans_token_key').on(t.tokenHash),
    uniqueIndex('quick_scans_submission_key').on(t.submissionKey),
    index('quick_scans_ip_time_idx').on(t.ipHash, t.createdAt),
    index('quick_scans_expiry_idx').on(t.expiresAt),
    index('quick_scans_claimed_idx').on(t.claimedBy),
  ],
);

/** Quick scans taken per day (Brussels time), kept after the scans themselves are deleted: the funnel's first step. */
export const quickScanCounts = pgTable('quick_scan_counts', {
  day: date('day').primaryKey(),
  scans: integer('scans').notNull().default(0),
});
