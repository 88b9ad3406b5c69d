/**
 * The report uses react-pdf's built-in Helvetica (no font files, no network), which encodes text
 * as WinAnsi: Latin-1 plus a few typographic marks. Intl puts narrow and thin spaces into dates
 * and numbers, and some locales a real minus sign; those have no glyph there and would print as
 * nothing, so they become their plain counterparts. Anything else outside WinAnsi becomes "?",
 * visible rather than silently lost.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (French thousands, English "a.m.")
  '\u2009': ' ', // thin space
  '\u2007': ' ', // figure space
  '\u2212': '-', // minus sign
  '\u2011': '-', // non-breaking hyphen
  '\u2192': '->', // rightwards arrow
};

// WinAnsi's characters above Latin-1's printable range (the 0x80–0x9F block of Windows-1252).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** Text as the built-in PDF fonts can print it. */
export function pdfSafe(text: string): string {
  let result = '';
  for (const char of text) {
    const replaced = REPLACEMENTS[char] ?? char;
    result += [...replaced].every(printable) ? replaced : '?';
  }
  return result;
}
