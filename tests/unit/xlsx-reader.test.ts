import { describe, expect, it } from 'vitest';
import { readFirstSheet, readSheets, readWorkbook } from '@/lib/tabular/xlsx';
import { NotTabularError } from '@/lib/tabular/text';
import { xlsxFixture } from '../support/xlsx';
import { zipOf as zipParts } from '../support/zip';

const zipOf = (parts: Record<string, string>) => zipParts(Object.entries(parts));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** A minimal package around one worksheet's XML, as a producer with prefixed elements might write it. */
const onlySheet = (sheetXml: string) =>
  zipOf({
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Blad1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
  });

async function refused(bytes: Uint8Array): Promise<unknown> {
  return readWorkbook(bytes).then(
    () => 'read',
    (error: unknown) => (error instanceof NotTabularError ? 'refused' : error),
  );
}

describe('the XLSX reader', () => {
  it('reads shared, inline and rich strings, numbers, formula results, booleans, errors, percentages and dates', async () => {
    const bytes = await xlsxFixture([
      {
        name: 'Leden',
        rows: [
          ['tekst', { inline: 'inline ' }, { richText: [{ text: 'vet', bold: true }, { text: ' en niet' }] }, 12.5, { formula: 'A1&"!"', result: 'tekst!' }],
          [true, false, { error: '#N/A' }, { number: -0.25, numFmt: '0%' }, { number: 46349.6041666667, numFmt: 'dd/mm/yyyy hh:mm' }],
          [
            { number: 7, numFmt: '"code "000' },
            { number: 3, numFmt: '[Red]0' },
            { number: 46349, numFmt: '[$-813]d mmmm yyyy' },
          ],
        ],
      },
    ]);
    const [sheet] = await readSheets(bytes);
    expect(sheet!.name).toBe('Leden');
    expect(sheet!.rows[0]!.cells.map((c) => c?.value)).toEqual(['tekst', 'inline ', 'vet en niet', 12.5, 'tekst!']);
    expect(sheet!.rows[1]!.cells.map((c) => c?.value)).toEqual([true, false, undefined, -0.25, new Date(Date.UTC(2026, 10, 23, 14, 30))]);
    expect(sheet!.rows[2]!.cells.map((c) => c?.value)).toEqual([7, 3, new Date(Date.UTC(2026, 10, 23))]);
    expect(await readWorkbook(bytes)).toEqual([
      [
        { row: 1, cells: ['tekst', 'inline ', 'vet en niet', '12.5', 'tekst!'] },
        { row: 2, cells: ['true', 'false', '', '-25', '2026-11-23'] },
        { row: 3, cells: ['7', '3', '2026-11-23'] },
      ],
    ]);
  });

  it('reads dates of the 1904 date system', async () => {
    const bytes = await xlsxFixture([{ name: 'Mac', rows: [[{ number: 44887, numFmt: 'yyyy-mm-dd' }]] }], { date1904: true });
    expect((await readWorkbook(bytes))[0]).toEqual([{ row: 1, cells: ['2026-11-23'] }]);
  });

  it('keeps the sheet row numbers, places cells by their reference, and reads prefixed elements', async () => {
    const bytes = await onlySheet(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        '<x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>derde</x:t></x:is></x:c></x:row>' +
        '<x:row r="7"><x:c r="A7"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(await readWorkbook(bytes)).toEqual([
      [
        { row: 3, cells: ['', '', 'derde'] },
        { row: 7, cells: ['1', '2'] },
      ],
    ]);
  });

  it.each<[number, number | null]>([
    [5, 5], // all five rows with text
    [4, null], // one row too many
  ])('stops at the row limit (limit %i), counting only rows with text', async (limit, expected) => {
    const rows = [['a'], [''], ['b'], [], ['c'], [{ inline: ' ' }], ['d'], ['e']];
    const first = await readFirstSheet(
      await xlsxFixture([
        { name: 'Leeg', rows: [[]] },
        { name: 'Leden', rows },
      ]),
      limit,
    );
    expect(first === null ? null : first.length).toBe(expected);
  });

  it('refuses what is not a readable workbook', async () => {
    const good = await xlsxFixture([{ name: 'Leden', rows: [['a', 'b']] }]);
    const damaged = good.slice();
    // A byte of the worksheet's deflated data (after its local header, name and extra field): its CRC no longer matches.
    const name = 'xl/worksheets/sheet1.xml';
    const header = Buffer.from(good).indexOf(name) - 30;
    expect(Buffer.from(good).readUInt32LE(header)).toBe(0x04034b50); // a local file header
    const at = header + 30 + name.length + Buffer.from(good).readUInt16LE(header + 28) + 8;
    damaged[at] = damaged[at]! ^ 0xff;
    expect(await refused(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))).toBe('refused');
    expect(await refused(damaged)).toBe('refused');
    expect(await refused(await zipOf({ 'readme.txt': 'no workbook here' }))).toBe('refused');
    expect(await refused(await onlySheet('<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>'))).toBe('refused');
  });

  it('expands no entities declared in a DTD (no XXE, no billion laughs)', async () => {
    const bytes = await onlySheet(
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>' +
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;&lol;</t></is></c></row></sheetData></worksheet>`,
    );
    expect(await refused(bytes)).toBe('refused');
  });
});
