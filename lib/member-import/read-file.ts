// Reads an uploaded member list (CSV or XLSX) into its header and data rows. Pure: no I/O.
import { csvRecords, SEPARATORS, UnclosedQuoteError } from '@/lib/tabular/csv';
import { decodeText, isZip, NotTabularError } from '@/lib/tabular/text';
import { readFirstSheet, type GridRow } from '@/lib/tabular/xlsx';

/** 100,000 members with a dozen columns take about 15 MB as CSV; the limit leaves room for wide files. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;
/** How long an uploaded member list that was never imported is kept (lib/member-import/job.ts drops it then). */
export const UPLOAD_KEPT_DAYS = 30;

export type ImportFileProblem = 'not_csv_or_xlsx' | 'too_large' | 'empty' | 'header_only' | 'too_many_rows' | 'unclosed_quote';

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(readonly kind: ImportFileProblem) {
    super(`member import file: ${kind}`);
  }
}

export interface MemberFile {
  format: 'csv' | 'xlsx';
  headers: string[];
  /** Data rows (blank rows left out), numbered as the spreadsheet numbers them. */
  rows: GridRow[];
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The separator that splits the header into the most columns, among those that split most rows the same way. */
function chooseSeparator(text: string): string {
  let best = { separator: ',', columns: 0 };
  for (const separator of SEPARATORS) {
    const sample = csvRecords(text, separator, 20).filter((cells) => !isBlank(cells));
    const columns = sample[0]?.length ?? 0;
    const consistent = sample.filter((cells) => cells.length === columns).length >= sample.length / 2;
    if (consistent && columns > best.columns) best = { separator, columns };
  }
  return best.separator;
}

function fromGrid(format: MemberFile['format'], grid: GridRow[]): MemberFile {
  const rows = grid.filter((r) => !isBlank(r.cells)).map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) }));
  const [header, ...data] = rows;
  if (!header) throw new ImportFileError('empty');
  if (data.length === 0) throw new ImportFileError('header_only');
  if (data.length > IMPORT_MAX_ROWS) throw new ImportFileError('too_many_rows');
  return { format, headers: header.cells, rows: data };
}

/**
 * Reads a member list by its content, not its name: a zip is read as XLSX (its first worksheet with data, as a
 * stream), text as
 * CSV (UTF-8, else Windows-1252; UTF-16 by its BOM; separator `;`, `,` or tab; lib/tabular/csv.ts). Throws ImportFileError.
 */
export async function readMemberFile(fileName: string, bytes: Uint8Array): Promise<MemberFile> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new ImportFileError('too_large');
  if (bytes.byteLength === 0) throw new ImportFileError('empty');
  try {
    // At most the header and IMPORT_MAX_ROWS rows are read; one more means the file is too long.
    const limit = IMPORT_MAX_ROWS + 2;
    if (isZip(bytes)) {
      const sheet = await readFirstSheet(bytes, limit - 1);
      if (!sheet) throw new ImportFileError('too_many_rows');
      return fromGrid('xlsx', sheet);
    }
    const text = decodeText(bytes, fileName);
    const records = csvRecords(text, chooseSeparator(text), limit);
    if (records.length >= limit) throw new ImportFileError('too_many_rows');
    return fromGrid(
      'csv',
      records.map((cells, i) => ({ row: i + 1, cells })),
    );
  } catch (error) {
    if (error instanceof NotTabularError) throw new ImportFileError('not_csv_or_xlsx');
    if (error instanceof UnclosedQuoteError) throw new ImportFileError('unclosed_quote');
    throw error;
  }
}
