import { z } from 'zod';
import { PROVINCES } from '@/lib/domain/provinces';
import { parseBrusselsLocal } from '@/lib/domain/brussels-time';
import { routing } from '@/i18n/routing';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@/lib/auth/password-policy';
import { hasRefusedCharacters, type TextShape } from '@/lib/validation/characters';
import { isId } from '@/lib/validation/ids';
import { MAX_INT4, parseCount, parseDecimal } from '@/lib/validation/numbers';

type Translate = (
  key: 'required' | 'tooLong' | 'email' | 'emailAscii' | 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon' | 'choice' | 'characters',
  values?: Record<string, string | number>,
) => string;

/**
 * Browsers post a textarea's line breaks as CRLF but count them as one character: read them as
 * LF so that a text the page's counter accepts is not refused as too long.
 */
const lineFeeds = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);

/** Text of one shape, trimmed, at most `max` characters, without the characters its shape refuses (lib/validation/characters). */
function text(t: (key: 'tooLong' | 'characters', values?: Record<string, string | number>) => string, max: number, shape: TextShape, error?: string) {
  return z.preprocess(
    lineFeeds,
    z
      .string(error ? { error } : undefined)
      .trim()
      .max(max, { error: t('tooLong', { max }) })
      .refine((value) => !hasRefusedCharacters(value, shape), { error: t('characters') }),
  );
}

/** Field schemas shared by the forms, with messages in the user's language. */
export function requiredText(t: Translate, max: number, { multiline = false } = {}) {
  return text(t, max, multiline ? 'lines' : 'line', t('required')).pipe(z.string().min(1, { error: t('required') }));
}

/**
 * An e-mail address, lower-cased. Only plain ASCII is accepted: look-alike letters (a Cyrillic
 * "а" for a Latin "a") would otherwise make two addresses that read the same. Browsers turn such
 * a domain into punycode (xn--…) before posting, so those labels are refused too.
 */
export function emailField(t: Translate) {
  return z
    .string({ error: t('required') })
    .trim()
    .min(1, { error: t('required') })
    .max(254, { error: t('tooLong', { max: 254 }) })
    .refine((value) => /^[\x21-\x7e]+$/.test(value) && !/(^|[@.])xn--/i.test(value), { error: t('emailAscii') })
    .pipe(z.email({ error: t('email') }))
    .transform((value) => value.toLowerCase());
}

export function newPasswordField(t: Translate) {
  return z.string({ error: t('required') }).superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem === 'too_short') ctx.addIssue({ code: 'custom', message: t('passwordTooShort', { min: PASSWORD_MIN_LENGTH }) });
    if (problem === 'too_long') ctx.addIssue({ code: 'custom', message: t('passwordTooLong', { max: PASSWORD_MAX_LENGTH }) });
    if (problem === 'too_common') ctx.addIssue({ code: 'custom', message: t('passwordTooCommon') });
  });
}

export function localeField(t: Translate) {
  return z.enum(routing.locales, { error: t('choice') });
}

/** A multi-select: absent means none, one value arrives as a string, several as an array. */
export function provincesField(t: Translate) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(PROVINCES, { error: t('choice') })).max(PROVINCES.length),
  );
}

/** An opaque token from an e-mailed link. */
export const tokenField = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** Markup is refused, not stripped: what an advisor wrote is shown as they wrote it, or not at all. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;

/**
 * Free text (optional unless `required`), trimmed, without HTML tags. One line unless
 * `multiline` (which keeps line breaks and tabs).
 */
export function plainText(
  t: (key: 'required' | 'tooLong' | 'plainText' | 'characters', values?: Record<string, string | number>) => string,
  max: number,
  { required = false, multiline = false }: { required?: boolean; multiline?: boolean } = {},
) {
  const base = text(t, max, multiline ? 'lines' : 'line').refine((value) => !MARKUP.test(value), { error: t('plainText') });
  return required ? base.pipe(z.string().min(1, { error: t('required') })) : z.preprocess((v) => (v === undefined ? '' : v), base);
}

/**
 * How far from today a date may lie, in whole calendar years either way. A coaching contact five
 * years back or a follow-up planned five years ahead is a typing slip (2062 for 2026, 9999 for a
 * placeholder), and would sort above every real date in the queue.
 */
const DATE_YEARS_AROUND = 5;

/** A `datetime-local` value read in Brussels time, in a year within DATE_YEARS_AROUND of now; empty is null. */
export function dateTimeField(
  t: (key: 'dateTimeFormat' | 'dateRange', values?: Record<string, string | number>) => string,
  now: () => Date = () => new Date(),
) {
  return z.preprocess(
    (v) => (v === undefined ? '' : v),
    z.string().transform((value, ctx) => {
      if (value.trim() === '') return null;
      const date = parseBrusselsLocal(value.trim());
      if (!date) {
        ctx.addIssue({ code: 'custom', message: t('dateTimeFormat') });
        return z.NEVER;
      }
      const thisYear = now().getUTCFullYear();
      const [from, to] = [thisYear - DATE_YEARS_AROUND, thisYear + DATE_YEARS_AROUND];
      const year = Number(value.trim().slice(0, 4));
      if (year < from || year > to) {
        // Years as text: as numbers the message would print "2.021".
        ctx.addIssue({ code: 'custom', message: t('dateRange', { from: String(from), to: String(to) }) });
        return z.NEVER;
      }
      return date;
    }),
  );
}

/**
 * A whole number as people type it (lib/validation/numbers: "-30", "−30", "+5"; never "0x10" or
 * "true"). Empty is null when `optional`. `range` is the message for anything outside [min, max]
 * or not a number; `whole` the one for a decimal.
 */
export function wholeNumberField(messages: { range: string; whole: string }, min: number, max: number, { optional = false } = {}) {
  return z.unknown().transform((value, ctx): number | null => {
    // Only an empty field is "no value": a missing one is a malformed request.
    if (optional && (value === null || (typeof value === 'string' && value.trim() === ''))) return null;
    const number = parseDecimal(value);
    if (number !== undefined && !Number.isInteger(number)) {
      ctx.addIssue({ code: 'custom', message: messages.whole });
      return z.NEVER;
    }
    if (number === undefined || number < min || number > max) {
      ctx.addIssue({ code: 'custom', message: messages.range });
      return z.NEVER;
    }
    return number;
  });
}

/**
 * Hidden fields that name a stored record (ids) or the version of it a form was built from.
 * They are never typed, so a bad one means a stale or forged form: the message says to reload,
 * and the action wrapper shows it for the whole form (`params.form`).
 */
const formProblem = (ctx: z.RefinementCtx, message: string) => ctx.addIssue({ code: 'custom', message, params: { form: true } });

/** A record's id (a UUID), from a hidden field or a list of them. */
export function idField(t: (key: 'formOutdated') => string) {
  return z.unknown().transform((value, ctx): string => {
    if (isId(value)) return value;
    formProblem(ctx, t('formOutdated'));
    return z.NEVER;
  });
}

/** An optimistic-concurrency version: plain digits within PostgreSQL's integer (2147483648 used to fail there). */
export function versionField(t: (key: 'formOutdated') => string, min = 1) {
  return z.unknown().transform((value, ctx): number => {
    const version = parseCount(value, min, MAX_INT4);
    if (version !== undefined) return version;
    formProblem(ctx, t('formOutdated'));
    return z.NEVER;
  });
}

/** Several ids posted under one name (selected rows): one arrives as a string, several as an array. */
export function idListField(t: (key: 'formOutdated' | 'selectRows') => string, max: number) {
  return z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(idField(t))
      .min(1, { error: t('selectRows') })
      .max(max),
  );
}

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
