import { describe, expect, it } from 'vitest';
import { autoMapColumns, normaliseHeader } from '@/lib/member-import/columns';
import { checkRows, countVerdicts, type CheckContext, type ImportValues } from '@/lib/member-import/check-rows';
import { IMPORT_MAX_ROWS, ImportFileError, readMemberFile } from '@/lib/member-import/read-file';
import { readFirstSheet } from '@/lib/tabular/xlsx';
import { enterpriseNumberFrom } from '@/lib/domain/enterprise-number';
import { xlsxFixture } from '../support/xlsx';

/** The seven columns of a full member list, each found where it stands in the file. */
const SEVEN_IN_ORDER = { enterpriseNumber: 0, name: 1, naceCode: 2, postcode: 3, locality: 4, employeesBand: 5, revenueChangePct: 6 };

describe('automatic column matching', () => {
  it('recognises Dutch, French and English headers, and our own export', () => {
    expect(autoMapColumns(['KBO-nummer', 'Bedrijfsnaam', 'Activiteitscode', 'Postnummer', 'Woonplaats', 'Aantal werknemers', 'Omzetevolutie'])).toEqual(
      SEVEN_IN_ORDER,
    );
    expect(
      autoMapColumns([
        'Numéro d’entreprise',
        'Dénomination',
        'Code NACE-BEL 2025',
        'Code postal',
        'Commune',
        'Travailleurs',
        'Évolution du chiffre d’affaires (%)',
      ]),
    ).toEqual(SEVEN_IN_ORDER);
    expect(autoMapColumns(['Company name', 'VAT number', 'ZIP', 'City', 'Revenue change (%)'])).toEqual({
      name: 0,
      enterpriseNumber: 1,
      postcode: 2,
      locality: 3,
      revenueChangePct: 4,
    });
    // The export's own header (Dutch): the sector label and the class are not import fields.
    expect(
      autoMapColumns(['Onderneming', 'Ondernemingsnummer', 'Postcode', 'Gemeente', 'Provincie', 'NACE-BEL-code', 'Sector', 'Werknemers', 'Omzetwijziging (%)']),
    ).toEqual({
      name: 0,
      enterpriseNumber: 1,
      postcode: 2,
      locality: 3,
      naceCode: 5,
      employeesBand: 7,
      revenueChangePct: 8,
    });
  });

  it('gives each column to one field and leaves unknown headers alone', () => {
    expect(autoMapColumns(['Naam', 'Naam', 'Opmerkingen', ''])).toEqual({ name: 0 });
    // An amount of revenue is not a change in percent.
    expect(autoMapColumns(['Naam', 'Omzet', 'Chiffre d’affaires', 'Revenue'])).toEqual({ name: 0 });
    expect(normaliseHeader('  Numéro d’entreprise ')).toBe('numero d entreprise');
  });
});

const A = enterpriseNumberFrom('08770001');
const B = enterpriseNumberFrom('08770002');
const stored: ImportValues = {
  enterpriseNumber: B,
  name: 'Bestaand',
  naceCode: '56.101',
  postcode: '2000',
  locality: 'Antwerpen',
  province: 'BE-VAN',
  employeesBand: '1-4',
  revenueChangePct: -10,
};
const context: CheckContext = {
  naceCodes: new Set(['56.101', '47.711']),
  localities: { '2000': ['Antwerpen'], '9000': ['Gent', 'Gent-Noord'] },
  existing: new Map([[B, stored]]),
};
const FULL = { enterpriseNumber: 0, name: 1, naceCode: 2, postcode: 3, locality: 4, employeesBand: 5, revenueChangePct: 6 };
const row = (...cells: string[]) => ({ row: 2, cells });
const check = (...cells: string[]) => checkRows([row(...cells)], FULL, context)[0]!;

describe('checking rows', () => {
  it('normalises what spreadsheets and people write', () => {
    const verdict = check(`BE ${A.slice(0, 4)}.${A.slice(4, 7)}.${A.slice(7)}`, '  Bakkerij   Zoë ', '56101', '9000', '', '12', '−12,6 %');
    expect(verdict).toMatchObject({ action: 'create', problems: [] });
    expect(verdict.values).toEqual({
      enterpriseNumber: A,
      name: 'Bakkerij Zoë',
      naceCode: '56.101',
      postcode: '9000',
      province: 'BE-VOV',
      locality: 'Gent',
      employeesBand: '10-19',
      revenueChangePct: -13,
    });
    expect(check(A, 'X', '', '', '', '250', '+1000').values).toMatchObject({ employeesBand: '250+', revenueChangePct: 1000 });
    expect(check(A, 'X', '', '', '', '5 - 9', '').values).toMatchObject({ employeesBand: '5-9' });
  });

  it('rejects each kind of bad value with its reason', () => {
    expect(check('', 'X', '', '', '', '', '').problems).toEqual(['enterprise_number_missing']);
    expect(check('12345', 'X', '', '', '', '', '').problems).toEqual(['enterprise_number_invalid']);
    expect(check(`${A.slice(0, 8)}00`, 'X', '', '', '', '', '').problems).toEqual(['checksum']);
    expect(check(A, '', '', '', '', '', '').problems).toEqual(['name_missing']);
    expect(check(A, 'x'.repeat(161), '', '', '', '', '').problems).toEqual(['name_too_long']);
    expect(check(A, '<b>Vet</b>', '', '', '', '', '').problems).toEqual(['markup']);
    for (const start of ['=', '+', '-', '@', '\t=', ' \r\n@']) expect(check(A, `${start}SUM(A1)`, '', '', '', '', '').problems).toEqual(['formula']);
    expect(check(A, 'X', '', '', '=cmd|calc', '', '').problems).toEqual(['formula']);
    expect(check(A, 'X', '99.999', '', '', '', '').problems).toEqual(['nace_unknown']);
    expect(check(A, 'X', '', '1234', '', '', '').problems).toEqual(['postcode_unknown']);
    expect(check(A, 'X', '', '', '', 'veel', '').problems).toEqual(['employees_invalid']);
    expect(check(A, 'X', '', '', '', '', '-101').problems).toEqual(['revenue_invalid']);
    expect(check(A, 'X', '', '', '', '', 'twintig').problems).toEqual(['revenue_invalid']);
    // A share (-0.2) or a thousands separator (1,000) is not guessed at.
    expect(check(A, 'X', '', '', '', '', '-0.2').problems).toEqual(['revenue_invalid']);
    expect(check(A, 'X', '', '', '', '', '1,000').problems).toEqual(['revenue_invalid']);
  });

  it('rejects every row of a number that appears twice', () => {
    const verdicts = checkRows(
      [row(A, 'Een'), { row: 3, cells: [A, 'Twee'] }, { row: 4, cells: [enterpriseNumberFrom('08770003'), 'Drie'] }],
      { enterpriseNumber: 0, name: 1 },
      context,
    );
    expect(verdicts.map((v) => [v.row, v.action, v.problems])).toEqual([
      [2, 'reject', ['duplicate_in_file']],
      [3, 'reject', ['duplicate_in_file']],
      [4, 'create', []],
    ]);
  });

  it('updates only what the file fills in and changes; the same values are unchanged', () => {
    expect(check(B, '', '', '', '', '', '-20')).toMatchObject({ action: 'update', changes: ['revenueChangePct'], name: 'Bestaand' });
    expect(check(B, 'Bestaand', '56.101', '2000', 'Antwerpen', '1-4', '-10')).toMatchObject({ action: 'unchanged', changes: [] });
    // A new postcode without a locality takes the postcode's first locality.
    expect(check(B, '', '', '9000', '', '', '')).toMatchObject({ action: 'update', changes: ['postcode', 'locality'] });
    const counts = countVerdicts(checkRows([row(B, '', '', '', '', '', '-20'), row(A, 'Nieuw'), row('')], FULL, context));
    expect(counts).toEqual({ create: 1, update: 1, unchanged: 0, reject: 1 });
  });
});

describe('reading the file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('finds the separator, drops the BOM and blank rows, and keeps spreadsheet row numbers', async () => {
    for (const separator of [';', ',', '\t']) {
      const file = await readMemberFile('x.csv', bytes(`\uFEFFNaam${separator}Postcode\r\n\r\n"A${separator} B"${separator}2000\r\nC${separator}9000`));
      expect(file).toEqual({
        format: 'csv',
        headers: ['Naam', 'Postcode'],
        rows: [
          { row: 3, cells: [`A${separator} B`, '2000'] },
          { row: 4, cells: ['C', '9000'] },
        ],
      });
    }
  });

  it('keeps quotes inside a field as written', async () => {
    const file = await readMemberFile('x.csv', bytes('Naam;Omschrijving\r\nScherm 27" HD;"Zegt ""ja"""\r\n"Bakkerij" De Mol;x'));
    expect(file.rows.map((r) => r.cells)).toEqual([
      ['Scherm 27" HD', 'Zegt "ja"'],
      ['"Bakkerij" De Mol', 'x'],
    ]);
  });

  // Reads two lists of 200,000 rows: more than the default time limit on a busy machine.
  it('refuses what is not a member list', { timeout: 60_000 }, async () => {
    const kind = (data: Uint8Array) =>
      readMemberFile('x', data).then(
        () => 'read',
        (e: unknown) => (e instanceof ImportFileError ? e.kind : 'other'),
      );
    expect(await kind(bytes('Naam;Postcode\r\n'))).toBe('header_only');
    expect(await kind(bytes('\r\n \r\n'))).toBe('empty');
    expect(await kind(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('not_csv_or_xlsx');
    expect(await kind(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('not_csv_or_xlsx');
    expect(await kind(bytes('Naam;Postcode\r\n"Bakkerij;2000\r\nSlagerij;9000\r\n'))).toBe('unclosed_quote');
    expect(await kind(bytes(`Naam\n${'x\n'.repeat(IMPORT_MAX_ROWS + 1)}`))).toBe('too_many_rows');
    expect(await kind(bytes(`Naam\n${'x\n'.repeat(IMPORT_MAX_ROWS)}`))).toBe('read');
  });

  it('stops reading a workbook after the row limit', async () => {
    const data = await xlsxFixture([{ name: 'Leden', rows: [0, 1, 2, 3, 4].map((i) => [`Lid ${i}`, i]) }]);
    expect(await readFirstSheet(data, 4)).toBeNull();
    expect((await readFirstSheet(data, 5))!.map((r) => r.cells)).toEqual([0, 1, 2, 3, 4].map((i) => [`Lid ${i}`, String(i)]));
  });
});
