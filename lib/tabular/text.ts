// Reading uploaded spreadsheet files as text: encodings and the recognition of what is not a CSV file at all.
// Shared by the NACE catalogue upload and the member list import. Pure: no I/O.

/** The upload is not a CSV or XLSX file (an image, a PDF, an old .xls, other binary content). */
export class NotTabularError extends Error {
  override readonly name = 'NotTabularError';
}

/** XLSX (like every Office Open XML file) is a zip archive. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

const BINARY_SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel .xls (or other Office 97) file: save it as .xlsx or CSV' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) || b === 0x7f) control++;
  }
  return control > Math.max(8, sample.length / 200);
}

/** UTF-16 without BOM: mostly-ASCII text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.7 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.7 && oddZero === 0) return 'utf-16be';
  return null;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand: Node's TextDecoder('windows-1252') gives
// Latin-1 there (C1 controls instead of €, ‘ ’ “ ” – — …). The five unassigned bytes stay as their C1 code points.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/**
 * Decodes an uploaded text file: UTF-16 by its BOM (or the zero bytes of mostly-ASCII text), else UTF-8 when it is
 * valid UTF-8 (a UTF-8 BOM is dropped), else Windows-1252, which is what Excel on Windows saves as "CSV". Known
 * binary formats and other binary content are refused with NotTabularError.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (signature) throw new NotTabularError(`${fileName} is ${signature.what}, not a CSV or XLSX file.`);
  if (looksBinary(bytes)) throw new NotTabularError(`${fileName} is not a CSV or XLSX file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also drops a UTF-8 BOM
  } catch {
    return decodeWindows1252(bytes);
  }
}
