import { ZipStream } from './zip-stream';

/**
 * A one-sheet XLSX workbook written as its rows arrive, holding no more than the rows at hand:
 * the fixed parts first, then the worksheet row by row (deflated a batch at a time), then the
 * ZIP's central directory. Strings are inline (no shared-strings table, which would have to be
 * complete before the sheet); the header row is bold and frozen; numbers are numbers; a Date
 * is a date serial shown as "yyyy-mm-dd hh:mm", taken from the Date's UTC fields.
 *
 * Usage: `start()`, `addRows(…)` any number of times, `finish()`; each returns the next bytes of
 * the file, which the caller sends in order.
 */
export type XlsxCell = string | number | Date | null;

export interface XlsxColumn {
  header: string;
  /** In characters, as Excel measures column widths. */
  width: number;
}

export class XlsxWriter {
  readonly #zip = new ZipStream();
  readonly #letters: string[];
  #row = 0;
  /** The XML of a batch of rows, as UTF-8 (grows to the largest batch). */
  #buffer = Buffer.alloc(1 << 20);

  constructor(
    private readonly sheetName: string,
    private readonly columns: XlsxColumn[],
  ) {
    this.#letters = columns.map((_, i) => columnLetters(i));
  }

  /** The workbook's fixed parts, the worksheet's head and the (bold) header row. */
  async start(): Promise<Uint8Array> {
    const zip = this.#zip;
    const cols = this.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    const head =
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
    const parts = [
      await zip.file('[Content_Types].xml', CONTENT_TYPES),
      await zip.file('_rels/.rels', ROOT_RELS),
      await zip.file('xl/workbook.xml', workbookXml(this.sheetName)),
      await zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
      await zip.file('xl/styles.xml', STYLES),
      zip.start('xl/worksheets/sheet1.xml'),
      await zip.write(Buffer.from(head + this.#rowXml(this.columns, (columns, i) => columns[i]!.header, HEADER_STYLE), 'utf8')),
    ];
    return Buffer.concat(parts);
  }

  /** Rows of the sheet; `cell(item, i)` is the value of column i (null leaves the cell empty). */
  async addRows<T>(items: readonly T[], cell: (item: T, column: number) => XlsxCell): Promise<Uint8Array> {
    // This loop is the export's hot path. Each row's XML goes straight into one buffer that every
    // batch reuses, rather than into a string of the whole batch and a fresh copy of its bytes:
    // megabytes of garbage less per batch, which is most of what made the process grow.
    let length = 0;
    for (const item of items) {
      const xml = this.#rowXml(item, cell);
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (this.#buffer.length - length < xml.length * 3) {
        const larger = Buffer.alloc(Math.max(this.#buffer.length * 2, length + xml.length * 3));
        this.#buffer.copy(larger, 0, 0, length);
        this.#buffer = larger;
      }
      length += this.#buffer.write(xml, length, 'utf8');
    }
    // The zip reads the buffer until this resolves; the next batch waits for it, so no copy is needed.
    return this.#zip.write(this.#buffer.subarray(0, length));
  }

  /** The end of the worksheet and of the archive. */
  async finish(): Promise<Uint8Array> {
    const zip = this.#zip;
    return Buffer.concat([await zip.write(Buffer.from('</sheetData></worksheet>', 'utf8')), zip.end(), zip.finish()]);
  }

  #rowXml<T>(item: T, cell: (item: T, column: number) => XlsxCell, style = ''): string {
    const r = ++this.#row;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < this.#letters.length; i++) {
      const value = cell(item, i);
      // Empty cells are left out (an empty inline string would read back as no value at all).
      if (value === null || value === '') continue;
      const ref = `${this.#letters[i]}${r}`;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `<c r="${ref}"${style}><v>${value}</v></c>`;
      } else if (value instanceof Date) {
        const serial = value.getTime() / DAY_MS + EPOCH_SERIAL;
        if (Number.isFinite(serial)) xml += `<c r="${ref}"${style || DATE_STYLE}><v>${serial}</v></c>`;
      } else {
        xml += `<c r="${ref}"${style} t="inlineStr"><is>${textElement(value)}</is></c>`;
      }
    }
    return `${xml}</row>`;
  }
}

/** A (the first column), …, Z, AA, AB, … for a zero-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Text for XML content and attribute values: markup characters escaped, a carriage return kept
 * as a reference (a parser would turn a literal one into a line feed), and characters XML 1.0
 * does not allow (control characters, lone surrogates, U+FFFE/U+FFFF) left out.
 */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : text;
}

const NEEDS_ESCAPE = /[&<>"\r]|[^\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ESCAPED = /[&<>"\r]|[^\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** A <t> element; spaces at either end are only kept when the element says so. */
function textElement(text: string): string {
  const escaped = xmlText(text);
  return /^\s|\s$/.test(escaped) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function workbookXml(name: string): string {
  const safe = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet1';
  return (
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${xmlText(safe)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

const DAY_MS = 86_400_000;
/** The date serial of 1970-01-01: days since Excel's day zero, 1899-12-30. */
const EPOCH_SERIAL = 25_569;
/** Indexes into cellXfs in STYLES. */
const HEADER_STYLE = ' s="1"';
const DATE_STYLE = ' s="2"';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
  '</Types>';

const ROOT_RELS = `${XML}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS =
  `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
  '</Relationships>';

/**
 * Cell formats: 0 plain, 1 bold (the header row), 2 the date-time format 164. Excel insists on
 * the first two fills being "none" and "gray125".
 */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
