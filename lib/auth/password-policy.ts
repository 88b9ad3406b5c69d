import commonPasswords from 'fxa-common-password-list';

export const PASSWORD_MIN_LENGTH = 8;
/** Long passphrases are welcome; beyond this it is abuse (hashing megabytes costs CPU). */
export const PASSWORD_MAX_LENGTH = 256;

// Local favourites that the general list misses (Dutch, French and the portal's own name).
const LOCAL_COMMON = [
  'welkom',
  'wachtwoord',
  'paswoord',
  'azerty',
  'motdepasse',
  'bonjour',
  'soleil',
  'kantelpunt',
  'belgie',
  'belgique',
  'brussel',
  'bruxelles',
  'voetbal',
  'football',
];

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

/** Checks a new password; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (commonPasswords.test(lower)) return 'too_common';
  // "Welkom2024!" and "azerty123" are as guessable as the words themselves.
  const stem = lower.replace(/[^a-zà-ÿ]/g, '');
  if (LOCAL_COMMON.includes(stem) || (stem.length > 0 && commonPasswords.test(stem) && stem.length >= lower.length - 4)) return 'too_common';
  if (/^(.)\1+$/.test(password) || /^(0123456789|123456789|12345678|abcdefgh)/.test(lower)) return 'too_common';
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'too_common';
  return null;
}
