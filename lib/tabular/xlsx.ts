// Reading .xlsx workbooks into grids of cell text. exceljs is loaded lazily, only when a workbook is read.
import { NotTabularError } from './text';

type ExcelModule = typeof import('exceljs');
type ExcelCellValue = import('exceljs').CellValue;

/** One spreadsheet row: its number as the sheet shows it, and the text of its cells (empty cells are ''). */
export interface GridRow { row: number; cells: string[] }

/** Numbers are formatted with the cell's format when that format is only zeros ("00", "00.000"); see the limits. */
function numberText(value: number, numFmt: string | undefined): string {
  // A percentage cell holds the fraction (-0.2 shown as -20%): read it as the number shown.
  if (numFmt?.includes('%')) return String(Math.round(value * 100_000) / 1000);
  const zeros = numFmt ? /^"?(0+)(?:\.(0+))?"?$/.exec(numFmt.trim()) : null;
  if (zeros) {
    const [whole, fraction] = value.toFixed(zeros[2]?.length ?? 0).split('.');
    const padded = whole!.padStart(zeros[1]!.length, '0');
    return fraction === undefined ? padded : `${padded}.${fraction}`;
  }
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1000) / 1000); // strips float noise (56.10000000000001), NACE has 3 decimals at most
}

export function cellText(value: ExcelCellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelCellValue | undefined, numFmt);
  if ('hyperlink' in value) return cellText(value.text as ExcelCellValue, numFmt);
  return ''; // error values (#N/A…)
}

/** Every worksheet of a workbook as a grid of cell text. Throws NotTabularError when it is not a readable .xlsx. */
export async function readWorkbook(bytes: Uint8Array): Promise<GridRow[][]> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: ExcelModule }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip (inside exceljs) reads a Uint8Array as well as a Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new NotTabularError('The file could not be read as an Excel workbook (.xlsx).');
  }
  if (workbook.worksheets.length === 0) throw new NotTabularError('The workbook has no worksheets.');
  return workbook.worksheets.map((sheet) => {
    const rows: GridRow[] = [];
    sheet.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell((c, column) => {
        cells[column - 1] = cellText(c.value, c.numFmt);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    return rows;
  });
}

/**
 * The first worksheet with data, read as a stream: rows are parsed one at a time and reading stops after
 * `maxRows`, so a workbook far larger than the limit never sits in memory as a whole. Returns null when the sheet
 * has more rows than that. Throws NotTabularError when the bytes are not a readable .xlsx.
 */
export async function readFirstSheet(bytes: Uint8Array, maxRows: number): Promise<GridRow[] | null> {
  const [{ Readable }, mod] = await Promise.all([import('node:stream'), import('exceljs')]);
  const ExcelJS = (mod as unknown as { default?: ExcelModule }).default ?? mod;
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  // Styles are read for the number formats (percentages, codes kept with zeros); links and everything else are not.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const sheet of reader) {
      const rows: GridRow[] = [];
      for await (const row of sheet) {
        if (rows.length >= maxRows) return null;
        const cells: string[] = [];
        row.eachCell((c, column) => {
          cells[column - 1] = cellText(c.value, c.numFmt);
        });
        if (cells.some((cell) => cell !== undefined && cell.trim() !== '')) rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? '') });
      }
      if (rows.length > 0) return rows;
    }
    return [];
  } catch {
    throw new NotTabularError('The file could not be read as an Excel workbook (.xlsx).');
  } finally {
    input.destroy();
  }
}
