/**
 * Cells for exported member lists, safe to open in Excel. A cell that starts with = + - @, a tab
 * or a line break would be read as a formula (CSV injection); such text gets a leading apostrophe,
 * which Excel shows as plain text. Numbers are written as numbers, never neutralised.
 */
const DANGEROUS_START = /^[=+\-@\t\r\n]/;

export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export interface CsvDialect {
  separator: ';' | ',';
  decimalComma: boolean;
  /** UTF-8 byte order mark first, so Excel reads accents right. */
  bom: boolean;
}

/** Belgian and Dutch Excel: semicolons, decimal commas, a BOM. */
export const EXCEL_BE: CsvDialect = { separator: ';', decimalComma: true, bom: true };
/** RFC 4180: commas, decimal points, no BOM. */
export const STANDARD: CsvDialect = { separator: ',', decimalComma: false, bom: false };

export type CellValue = string | number | Date | null;

/** One CSV field: quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(value: CellValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  const text = value instanceof Date ? value.toISOString() : neutralise(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: CellValue[], dialect: CsvDialect): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : dialect.separator) + csvField(values[i]!, dialect);
  return `${line}\r\n`;
}
