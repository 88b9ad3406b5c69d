// Test workbooks, written as Excel writes them (shared strings, styles with number formats, formulas with their
// cached results, rich text runs), zipped with yazl (tests/support/zip.ts); and the raw XML of a workbook's parts,
// for what the reader does not return (frozen panes, fonts).
// Relative imports: the end-to-end suite uses this file too.
import { columnLetters, xmlText } from '../../lib/member-export/xlsx-writer';
import { readSheets, type Cell, type CellValue } from '../../lib/tabular/xlsx';
import { openZip } from '../../lib/tabular/zip-entries';
import { zipOf } from './zip';

export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { number: number; numFmt: string }
  | { formula: string; result: string | number }
  | { richText: Array<{ text: string; bold?: boolean; italic?: boolean }> }
  | { inline: string }
  | { error: string };

export interface FixtureSheet {
  name: string;
  /** Row i of the array is sheet row i + 1; an empty array leaves the row out. */
  rows: FixtureCell[][];
  merge?: string[];
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const t = (text: string) => `<t xml:space="preserve">${xmlText(text)}</t>`;

export async function xlsxFixture(sheets: FixtureSheet[], options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (xml: string) => {
    if (!stringIndex.has(xml)) stringIndex.set(xml, strings.push(xml) - 1);
    return stringIndex.get(xml)!;
  };
  const formats: string[] = [];
  const style = (numFmt: string) => (formats.includes(numFmt) ? formats.indexOf(numFmt) : formats.push(numFmt) - 1) + 1;

  const cellXml = (ref: string, cell: FixtureCell): string => {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${shared(t(cell))}</v></c>`;
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
    if ('number' in cell) return `<c r="${ref}" s="${style(cell.numFmt)}"><v>${cell.number}</v></c>`;
    if ('formula' in cell) {
      const text = typeof cell.result === 'string';
      return `<c r="${ref}"${text ? ' t="str"' : ''}><f>${xmlText(cell.formula)}</f><v>${xmlText(String(cell.result))}</v></c>`;
    }
    if ('richText' in cell) {
      const runs = cell.richText.map(
        (run) => `<r>${run.bold || run.italic ? `<rPr>${run.bold ? '<b/>' : ''}${run.italic ? '<i/>' : ''}</rPr>` : ''}${t(run.text)}</r>`,
      );
      return `<c r="${ref}" t="s"><v>${shared(runs.join(''))}</v></c>`;
    }
    if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is>${t(cell.inline)}</is></c>`;
    return `<c r="${ref}" t="e"><v>${xmlText(cell.error)}</v></c>`;
  };

  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows
      .map((cells, i) => (cells.length ? `<row r="${i + 1}">${cells.map((c, j) => cellXml(`${columnLetters(j)}${i + 1}`, c)).join('')}</row>` : ''))
      .join('');
    const merges = sheet.merge?.length
      ? `<mergeCells count="${sheet.merge.length}">${sheet.merge.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
  });

  const parts: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
        sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ],
    ...sheetXml.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  // Written after the sheets have registered their strings and formats, as Excel orders them anyway.
  parts.push([
    'xl/sharedStrings.xml',
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
  ]);
  parts.push([
    'xl/styles.xml',
    `${XML}<styleSheet xmlns="${MAIN}">` +
      `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>` +
      '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      formats.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('') +
      '</cellXfs></styleSheet>',
  ]);

  return zipOf(parts);
}

/** The text of one part of a workbook (e.g. `xl/worksheets/sheet1.xml`). */
export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await openZip(bytes);
  try {
    const entry = zip.get(name);
    if (!entry) throw new Error(`no ${name} in the workbook`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.open(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    zip.close();
  }
}

/** A one-sheet workbook (as the portal's exports write them) read back: values by row or reference, and its layout. */
export interface ReadBack {
  name: string;
  /** The number of the last row. */
  rowCount: number;
  /** The values of a row from column A (null where a cell is empty). */
  values(row: number): CellValue[];
  cell(ref: string): Cell | undefined;
  /** The first row is frozen (a pane split below it, scrolling from A2). */
  frozenHeader: boolean;
  sheetXml: string;
}

export async function readBack(bytes: Uint8Array, sheetName?: string): Promise<ReadBack> {
  const sheets = await readSheets(bytes);
  const index = sheetName === undefined ? 0 : sheets.findIndex((s) => s.name === sheetName);
  const sheet = sheets[index];
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${sheets.map((s) => s.name).join(', ')}`);
  const sheetXml = await partText(bytes, `xl/worksheets/sheet${index + 1}.xml`);
  const row = (n: number) => sheet.rows.find((r) => r.row === n)?.cells ?? [];
  return {
    name: sheet.name,
    rowCount: sheet.rows.at(-1)?.row ?? 0,
    values: (n) => Array.from(row(n), (c) => c?.value ?? null),
    cell(ref) {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
      const column = [...(letters ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return row(Number(digits))[column];
    },
    frozenHeader: /<pane\b(?=[^>]*\bySplit="1")(?=[^>]*\btopLeftCell="A2")(?=[^>]*\bstate="frozen")[^>]*>/.test(sheetXml),
    sheetXml,
  };
}
