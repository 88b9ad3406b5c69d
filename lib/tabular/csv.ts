// CSV records as spreadsheets and hand edits produce them, read by csv-parse. Pure: no I/O.
import { CsvError, parse } from 'csv-parse/sync';

/** A quoted field that never ends: the rest of the file would become one cell, so the file is refused instead. */
export class UnclosedQuoteError extends Error {
  override readonly name = 'UnclosedQuoteError';
}

/**
 * RFC 4180 records split on `separator`; `limit` stops after that many records (used to sniff the separator and to
 * stop at a row limit without reading the rest). Every line is a record, blank ones included (as empty cells), so a
 * record's index + 1 is the row number a spreadsheet shows; records may have different numbers of cells. Lenient
 * about quotes inside a field (`5" disk`, `"a"b` keep them as written). A UTF-8 BOM is dropped. Throws
 * UnclosedQuoteError when a quoted field is still open at the end of the text.
 */
export function csvRecords(text: string, separator: string, limit?: number): string[][] {
  try {
    return parse(text, {
      delimiter: separator,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      ...(limit === undefined ? {} : { to: limit }),
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') throw new UnclosedQuoteError(error.message);
    throw error;
  }
}

/** The separators spreadsheets use: `;` (Belgian and Dutch Excel), tab, `,`. */
export const SEPARATORS = [';', '\t', ','] as const;
