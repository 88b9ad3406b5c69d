/**
 * Belgian enterprise numbers (KBO/BCE): ten digits shown as 0XXX.XXX.XXX, the last two
 * being 97 − (first eight mod 97). Enterprises start with 0 or 1; 2–8 are establishment units.
 */
export type EnterpriseNumberResult =
  { ok: true; value: string; formatted: string } | { ok: false; reason: 'empty' | 'characters' | 'length' | 'establishment_unit' | 'checksum' };

/** Remove the notations people use around the digits: BE prefix, spaces, dots, dashes, slashes. */
export function stripNotation(input: string): string {
  return input
    .trim()
    .replace(/^BE/i, '')
    .replace(/[\s.\-/]/g, '');
}

export function checkDigits(firstEight: string): string {
  const remainder = Number(firstEight) % 97;
  return String(97 - remainder).padStart(2, '0');
}

export function formatEnterpriseNumber(tenDigits: string): string {
  return `${tenDigits.slice(0, 4)}.${tenDigits.slice(4, 7)}.${tenDigits.slice(7)}`;
}

export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
  const digits = stripNotation(input);
  if (digits === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters' };
  // Numbers issued before 2003 had nine digits; they are the same number with a leading 0.
  const value = digits.length === 9 ? `0${digits}` : digits;
  if (value.length !== 10) return { ok: false, reason: 'length' };
  if (!/^[01]/.test(value)) return { ok: false, reason: 'establishment_unit' };
  if (checkDigits(value.slice(0, 8)) !== value.slice(8)) return { ok: false, reason: 'checksum' };
  return { ok: true, value, formatted: formatEnterpriseNumber(value) };
}

/** Make a valid enterprise number from its first eight digits (used by seeds and tests). */
export function enterpriseNumberFrom(firstEight: string): string {
  if (!/^[01]\d{7}$/.test(firstEight)) throw new Error(`not the first eight digits of an enterprise number: ${firstEight}`);
  return firstEight + checkDigits(firstEight);
}
