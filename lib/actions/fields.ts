import { z } from 'zod';
import { PROVINCES } from '@/lib/domain/provinces';
import { parseBrusselsLocal } from '@/lib/domain/brussels-time';
import { routing } from '@/i18n/routing';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@/lib/auth/password-policy';

type Translate = (
  key: 'required' | 'tooLong' | 'email' | 'emailAscii' | 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon' | 'choice',
  values?: Record<string, string | number>,
) => string;

/** Field schemas shared by the forms, with messages in the user's language. */
export function requiredText(t: Translate, max: number) {
  return z
    .string({ error: t('required') })
    .trim()
    .min(1, { error: t('required') })
    .max(max, { error: t('tooLong', { max }) });
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

/** Free text (optional unless `required`), trimmed, without HTML tags. */
export function plainText(t: (key: 'required' | 'tooLong' | 'plainText', values?: Record<string, string | number>) => string, max: number, required = false) {
  const base = z
    .string()
    .trim()
    .max(max, { error: t('tooLong', { max }) })
    .refine((value) => !MARKUP.test(value), { error: t('plainText') });
  return required ? base.min(1, { error: t('required') }) : z.preprocess((v) => (v === undefined ? '' : v), base);
}

/** A `datetime-local` value read in Brussels time; empty is null. */
export function dateTimeField(t: (key: 'dateTimeFormat') => string) {
  return z.preprocess(
    (v) => (v === undefined ? '' : v),
    z
      .string()
      .transform((value, ctx) => {
        if (value.trim() === '') return null;
        const date = parseBrusselsLocal(value.trim());
        if (!date) {
          ctx.addIssue({ code: 'custom', message: t('dateTimeFormat') });
          return z.NEVER;
        }
        return date;
      }),
  );
}

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
