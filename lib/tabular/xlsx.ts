// Reading .xlsx workbooks into grids of cell text. The package is opened with yauzl (lib/tabular/zip-entries.ts) and
// its XML parts are parsed as they inflate with saxes, a streaming XML parser that expands no DTD or external entity.
// Only what a list of rows needs is read: the sheets and their order, shared strings, number formats, cells.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Entry } from 'yauzl';
import { NotTabularError } from './text';
import { openZip, ZipReadError, type ZipEntries } from './zip-entries';

/** One spreadsheet row: its number as the sheet shows it, and the text of its cells (empty cells are ''). */
export interface GridRow {
  row: number;
  cells: string[];
}

/** A cell as stored: numbers shown with a date format are Dates (their UTC fields are the time shown), errors null. */
export type CellValue = string | number | boolean | Date | null;
export interface Cell {
  value: CellValue;
  numFmt: string | undefined;
}
interface CellRow {
  row: number;
  cells: Array<Cell | undefined>;
}
export interface Sheet {
  name: string;
  rows: CellRow[];
}

/** Parts held whole in memory (shared strings, styles, the workbook) may unpack to this size at most. */
const MAX_PART_BYTES = 256 * 1024 * 1024;
/** All the XML one read unpacks, sheets included: a small upload must not inflate into gigabytes (a zip bomb). */
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

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

function cellText(value: CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

const textRow = (row: CellRow): GridRow => ({ row: row.row, cells: Array.from(row.cells, (c) => (c ? cellText(c.value, c.numFmt) : '')) });
const hasText = (row: GridRow) => row.cells.some((cell) => cell.trim() !== '');

/** Every worksheet of a workbook, in the workbook's order, with typed cells. Throws NotTabularError. */
export async function readSheets(bytes: Uint8Array): Promise<Sheet[]> {
  return withWorkbook(bytes, async (book) => {
    const sheets: Sheet[] = [];
    for (const sheet of book.sheets) {
      const rows: CellRow[] = [];
      await book.readRows(sheet, (row) => void rows.push(row));
      sheets.push({ name: sheet.name, rows });
    }
    return sheets;
  });
}

/** Every worksheet of a workbook as a grid of cell text (rows without any text left out). Throws NotTabularError. */
export async function readWorkbook(bytes: Uint8Array): Promise<GridRow[][]> {
  const sheets = await readSheets(bytes);
  if (sheets.length === 0) throw new NotTabularError('The workbook has no worksheets.');
  return sheets.map((sheet) => sheet.rows.map(textRow).filter(hasText));
}

/**
 * The first worksheet with data, read as a stream: rows are parsed one at a time as the sheet inflates and reading
 * stops after `maxRows` rows with text, so a workbook far larger than the limit never sits in memory as a whole.
 * Returns null when the sheet has more rows than that. Throws NotTabularError when the bytes are not a readable .xlsx.
 */
export async function readFirstSheet(bytes: Uint8Array, maxRows: number): Promise<GridRow[] | null> {
  return withWorkbook(bytes, async (book) => {
    for (const sheet of book.sheets) {
      const rows: GridRow[] = [];
      let tooMany = false;
      await book.readRows(sheet, (cells) => {
        const row = textRow(cells);
        if (!hasText(row)) return true;
        if (rows.length >= maxRows) return !(tooMany = true); // stop reading
        rows.push(row);
        return true;
      });
      if (tooMany) return null;
      if (rows.length > 0) return rows;
    }
    return [];
  });
}

// ---------------------------------------------------------------------------------------------------------------

interface SheetRef {
  name: string;
  entry: Entry;
}
interface Workbook {
  sheets: SheetRef[];
  /** Calls `onRow` for each row of the sheet in order; `onRow` returning false stops the reading. */
  readRows(sheet: SheetRef, onRow: (row: CellRow) => boolean | void): Promise<void>;
}

async function withWorkbook<T>(bytes: Uint8Array, read: (book: Workbook) => Promise<T>): Promise<T> {
  let zip: ZipEntries | undefined;
  try {
    zip = await openZip(bytes);
    return await read(await openWorkbook(zip));
  } catch (error) {
    if (error instanceof NotTabularError) throw error;
    if (error instanceof ZipReadError || error instanceof XlsxError) {
      throw new NotTabularError('The file could not be read as an Excel workbook (.xlsx).');
    }
    throw error;
  } finally {
    zip?.close();
  }
}

class XlsxError extends Error {}

async function openWorkbook(zip: ZipEntries): Promise<Workbook> {
  saxes ??= await import('saxes');
  let inflated = 0;
  const budget = (bytes: number) => {
    inflated += bytes;
    if (inflated > MAX_TOTAL_BYTES) throw new XlsxError('The workbook unpacks to more than the limit.');
  };

  const part = (name: string) => zip.get(name.replace(/^\//, ''));
  const rels = relationships(await wholePart(zip, part('_rels/.rels'), budget));
  const bookPath = rels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const bookEntry = part(bookPath);
  if (!bookEntry) throw new XlsxError('No workbook part.');
  const bookXml = await wholePart(zip, bookEntry, budget);
  const dir = bookPath.replace(/^\//, '').replace(/[^/]*$/, '');
  const bookRels = relationships(await wholePart(zip, part(`${dir}_rels/${bookPath.replace(/^.*\//, '')}.rels`), budget));
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : normalisePath(dir + target));
  const relPart = (type: string) => {
    const rel = bookRels.find((r) => r.type.endsWith(type));
    return rel ? part(resolve(rel.target)) : undefined;
  };

  const { sheets: declared, date1904 } = workbookParts(bookXml);
  const sheets: SheetRef[] = [];
  for (const sheet of declared) {
    const rel = bookRels.find((r) => r.id === sheet.rid);
    const entry = rel && rel.type.endsWith('/worksheet') ? part(resolve(rel.target)) : undefined;
    if (entry) sheets.push({ name: sheet.name, entry });
  }
  const strings = sharedStrings(await wholePart(zip, relPart('/sharedStrings'), budget));
  const formats = numberFormats(await wholePart(zip, relPart('/styles'), budget));

  return {
    sheets,
    readRows: async (sheet, onRow) => {
      const stream = await zip.open(sheet.entry);
      await parseStream(stream, budget, sheetHandler(strings, formats, date1904, onRow));
    },
  };
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

// --- XML plumbing -----------------------------------------------------------------------------------------------

type Attributes = Record<string, string>;
interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
  /** False once the handler wants no more input. */
  wanted(): boolean;
}

/** The local name of an element: prefixes (x:row) vary between producers. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

// saxes is loaded once, lazily (openWorkbook), and parses every part with a fresh parser.
let saxes: typeof import('saxes') | undefined;

function xmlParser(handler: XmlHandler) {
  if (!saxes) throw new Error('saxes is not loaded');
  const parser = new saxes.SaxesParser({ xmlns: false, position: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (node) => handler.open(local(node.name), node.attributes as Attributes));
  parser.on('closetag', (node) => handler.close(local(node.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  return {
    write(chunk: string) {
      parser.write(chunk);
      if (failure) throw new XlsxError(failure.message);
    },
    close() {
      parser.close();
      if (failure) throw new XlsxError(failure.message);
    },
  };
}

/** Feeds a part to the handler as it inflates; stops (and drops the stream) as soon as the handler wants no more. */
async function parseStream(stream: Readable, budget: (bytes: number) => void, handler: XmlHandler): Promise<void> {
  const parser = xmlParser(handler);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget(chunk.length);
      parser.write(decoder.write(chunk));
      if (!handler.wanted()) return;
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new ZipReadError(error instanceof Error ? error.message : String(error)); // zlib, yauzl's size and CRC checks
  } finally {
    stream.destroy();
  }
}

/** A part read whole (the workbook, relationships, shared strings, styles); '' when the package lacks it. */
async function wholePart(zip: ZipEntries, entry: Entry | undefined, budget: (bytes: number) => void): Promise<string> {
  if (!entry) return '';
  if (entry.uncompressedSize > MAX_PART_BYTES) throw new XlsxError(`${entry.fileName} unpacks to more than the limit.`);
  const stream = await zip.open(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget(chunk.length);
      chunks.push(chunk);
    }
  } catch (error) {
    throw new ZipReadError(error instanceof Error ? error.message : String(error));
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a small, whole XML text synchronously. */
function parseWhole(
  xml: string,
  open: (name: string, attributes: Attributes, path: string[]) => void,
  text?: (text: string, path: string[]) => void,
  close?: (name: string, path: string[]) => void,
) {
  if (!xml) return;
  const path: string[] = [];
  const parser = xmlParser({
    open(name, attributes) {
      path.push(name);
      open(name, attributes, path);
    },
    close(name) {
      close?.(name, path);
      path.pop();
    },
    text(value) {
      text?.(value, path);
    },
    wanted: () => true,
  });
  parser.write(xml);
  parser.close();
}

// --- the parts --------------------------------------------------------------------------------------------------

interface Relationship {
  id: string;
  type: string;
  target: string;
}
function relationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  parseWhole(xml, (name, a) => {
    if (name === 'Relationship' && a.Target && a.Type && a.TargetMode !== 'External') found.push({ id: a.Id ?? '', type: a.Type, target: a.Target });
  });
  return found;
}

function workbookParts(xml: string): { sheets: Array<{ name: string; rid: string }>; date1904: boolean } {
  const sheets: Array<{ name: string; rid: string }> = [];
  let date1904 = false;
  parseWhole(xml, (name, a) => {
    if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    if (name === 'sheet') {
      const rid = Object.entries(a).find(([key]) => local(key) === 'id' && key.includes(':'))?.[1];
      if (rid) sheets.push({ name: a.name ?? '', rid });
    }
  });
  return { sheets, date1904 };
}

/** The text of each <si>: its <t>, or its runs' <t>s joined; phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  parseWhole(
    xml,
    (name) => {
      if (name === 'si') current = '';
    },
    (value, path) => {
      if (current !== null && path.at(-1) === 't' && !path.includes('rPh')) current += value;
    },
    (name) => {
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  );
  return strings;
}

/** Excel's built-in number formats that the reader cares about (numbers, percentages, dates). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format of each cell style (the `s` attribute of a cell indexes cellXfs). */
function numberFormats(xml: string): Array<string | undefined> {
  const custom = new Map<number, string>();
  const formats: Array<string | undefined> = [];
  parseWhole(xml, (name, a, path) => {
    if (name === 'numFmt' && a.numFmtId && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
    if (name === 'xf' && path.at(-2) === 'cellXfs') {
      const id = Number(a.numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id]);
    }
  });
  return formats;
}

/** A format shows a date or time when, outside quoted text and [colour]/[$-locale] parts, it has d, m, y, h or s. */
function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare.replace(/E[+-]/gi, ''));
}

const DAY_MS = 86_400_000;
/** Day serials count from 1899-12-30 (1900 system) or 1904-01-01; 25 569 is 1970-01-01 in the former. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25_569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

function columnIndex(ref: string | undefined): number | undefined {
  const letters = ref ? /^([A-Z]{1,3})\d*$/i.exec(ref)?.[1] : undefined;
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Turns a worksheet's <row>/<c> elements into CellRows, one at a time. */
function sheetHandler(strings: string[], formats: Array<string | undefined>, date1904: boolean, onRow: (row: CellRow) => boolean | void): XmlHandler {
  let wanted = true;
  let row: CellRow | null = null;
  let lastRow = 0;
  let cell: { column: number; type: string; style: number; value: string; inline: string } | null = null;
  let lastColumn = -1;
  const path: string[] = [];

  const finishCell = () => {
    if (!row || !cell) return;
    const numFmt = formats[cell.style];
    let value: CellValue = null;
    switch (cell.type) {
      case 's':
        value = strings[Number(cell.value)] ?? null;
        break;
      case 'inlineStr':
        value = cell.inline;
        break;
      case 'str':
        value = cell.value;
        break;
      case 'b':
        value = cell.value === '' ? null : cell.value === '1' || cell.value === 'true';
        break;
      case 'e':
        value = null; // #N/A, #REF!…
        break;
      case 'd':
        value = cell.value === '' ? null : new Date(cell.value);
        break;
      default: {
        const number = cell.value.trim() === '' ? NaN : Number(cell.value);
        if (!Number.isFinite(number)) value = null;
        else value = isDateFormat(numFmt) ? serialDate(number, date1904) : number;
      }
    }
    if (value !== null && value !== '') row.cells[cell.column] = { value, numFmt };
    lastColumn = cell.column;
    cell = null;
  };

  return {
    wanted: () => wanted,
    open(name, a) {
      path.push(name);
      if (!wanted) return;
      if (name === 'row') {
        const number = Number(a.r);
        lastRow = Number.isInteger(number) && number > 0 ? number : lastRow + 1;
        row = { row: lastRow, cells: [] };
        lastColumn = -1;
      } else if (name === 'c' && row) {
        cell = { column: columnIndex(a.r) ?? lastColumn + 1, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '' };
      }
    },
    text(value) {
      if (!cell || !wanted) return;
      const here = path.at(-1);
      if (here === 'v') cell.value += value;
      else if (here === 't' && path.includes('is') && !path.includes('rPh')) cell.inline += value;
    },
    close(name) {
      path.pop();
      if (!wanted) return;
      if (name === 'c') finishCell();
      else if (name === 'row' && row) {
        const done = row;
        row = null;
        if (onRow(done) === false) wanted = false;
      }
    },
  };
}
