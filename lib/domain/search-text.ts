import { parseEnterpriseNumber, stripNotation } from './enterprise-number';

/**
 * Accent- and case-insensitive search text. One table serves both sides: the database folds the
 * stored text with it (the generated column `businesses.search_text`, see `foldSql`) and the app
 * folds what people type with it (`foldForSearch`), so "amelie" meets "Amélie" and "oeuvre" meets
 * "Œuvre" on PGlite and PostgreSQL alike.
 *
 * Why a table and not `unaccent`: PGlite has no unaccent, and a generated column may only use
 * IMMUTABLE functions (unaccent is STABLE). `lower()`, `translate()` and `replace()` are immutable
 * and exist everywhere. Both cases of each letter are listed because `lower()` leaves non-ASCII
 * letters alone on a database with the C locale.
 */
const ACCENTED: Record<string, string> = {
  a: 'àáâãäåāăąÀÁÂÃÄÅĀĂĄ',
  c: 'çćčĉċÇĆČĈĊ',
  d: 'ďđĎĐ',
  e: 'èéêëēĕėęěÈÉÊËĒĔĖĘĚ',
  g: 'ğĞ',
  i: 'ìíîïīĩįıÌÍÎÏĪĨĮ',
  l: 'łľĺŁĽĹ',
  n: 'ñńňņÑŃŇŅ',
  o: 'òóôõöøōőÒÓÔÕÖØŌŐ',
  r: 'řŕŘŔ',
  s: 'śšşșŚŠŞȘ',
  t: 'ťţțŤŢȚ',
  u: 'ùúûüūůűųũÙÚÛÜŪŮŰŲŨ',
  y: 'ýÿÝŸ',
  z: 'źżžŹŻŽ',
};

/** Letters written as two: French œ/æ and German ß. */
const LIGATURES: ReadonlyArray<readonly [string, string]> = [
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['ß', 'ss'],
];

const FOLDS = new Map<string, string>([
  ...Object.entries(ACCENTED).flatMap(([plain, letters]) => [...letters].map((letter) => [letter, plain] as const)),
  ...LIGATURES,
]);

/**
 * Lower case without accents: "Élodie Müller-Œuvre" → "elodie muller-oeuvre". Composed first
 * (NFC), so an "e" followed by a combining accent folds like "é".
 */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC').toLowerCase()) folded += FOLDS.get(char) ?? char;
  return folded;
}

/**
 * The same folding in SQL, around an SQL text expression (trusted: written in the schema, never
 * user input). For the generated column; the literals contain no quotes.
 */
export function foldSql(expression: string): string {
  const entries = Object.entries(ACCENTED);
  const from = entries.map(([, letters]) => letters).join('');
  const to = entries.map(([plain, letters]) => plain.repeat([...letters].length)).join('');
  let folded = `translate(lower(${expression}), '${from}', '${to}')`;
  for (const [ligature, plain] of LIGATURES) folded = `replace(${folded}, '${ligature}', '${plain}')`;
  return folded;
}

/** Only digits and the notation around enterprise numbers (BE prefix, spaces, dots, dashes, slashes). */
const NUMBER_NOTATION = /^\s*(?:be)?[\s./-]*\d[\d\s./-]*$/i;

/**
 * What a free-text search looks for in the folded search text. An enterprise number in any
 * notation ("BE 0555.000.148", "555000148") becomes its ten stored digits; part of a number
 * ("0555.000") becomes its digits; everything else is folded.
 */
export function searchNeedle(query: string): string {
  const number = parseEnterpriseNumber(query);
  if (number.ok) return number.value;
  if (NUMBER_NOTATION.test(query)) return stripNotation(query);
  return foldForSearch(query.trim());
}
