/**
 * Which characters a text the portal stores or searches may hold, decided once for every form
 * field and search parameter.
 *
 * Refused everywhere: the C0 controls (NUL…US) other than tab, line feed and carriage return,
 * DEL and the C1 controls (U+0080–U+009F), and lone UTF-16 surrogates. None of them can be typed;
 * they arrive pasted from binary files or forged on purpose, and PostgreSQL refuses NUL outright
 * (which used to surface as an error page).
 *
 * Refused in one-line texts (names, reasons, purposes, view names): tab, line breaks and the
 * bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Such a
 * text is shown inside tables, exports, e-mails and audit lines, where an override reverses the
 * text around it ("Trojan Source" look-alikes).
 *
 * Kept in multi-line texts (summaries, next steps): tab, line feed and carriage return.
 */
const ALWAYS_REFUSED = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const LINE_ONLY_REFUSED = '\\t\\n\\r\\u202A-\\u202E\\u2066-\\u2069';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const IN_LINES = new RegExp(`[${ALWAYS_REFUSED}]|${LONE_SURROGATE}`);
const IN_LINE = new RegExp(`[${ALWAYS_REFUSED}${LINE_ONLY_REFUSED}]|${LONE_SURROGATE}`);
const IN_LINE_GLOBAL = new RegExp(IN_LINE.source, 'g');

export type TextShape = 'line' | 'lines';

/** True when `text` holds a character its shape refuses. */
export function hasRefusedCharacters(text: string, shape: TextShape): boolean {
  return (shape === 'line' ? IN_LINE : IN_LINES).test(text);
}

/**
 * A one-line text with the refused characters replaced by a space (for search terms, where the
 * nearest useful value beats a refusal): "a\u0000b" searches for "a b".
 */
export function withoutRefusedCharacters(text: string): string {
  return text.replace(IN_LINE_GLOBAL, ' ');
}
