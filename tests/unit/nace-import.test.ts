import { describe, expect, it } from 'vitest';
import { NACE_2008_CATALOGUE, type NaceEntry } from '@/lib/nace/catalogue-2008';
import { NaceFileError, normaliseNaceCode, parseNaceCsv, parseNaceFile, parseNaceXlsx, type NaceImportResult } from '@/lib/nace/import';
import { xlsxFixture, type FixtureCell } from '../support/xlsx';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252: Latin-1 plus € ’ … at 0x80–0x9F (only those needed here). */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '’': 0x92, '…': 0x85 };
const cp1252 = (s: string) => Uint8Array.from([...s].map((ch) => CP1252_EXTRA[ch] ?? ch.charCodeAt(0)));
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
};
const tree = (r: NaceImportResult) => r.entries.map((e) => [e.code, e.level, e.parent]);

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<NaceFileError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(NaceFileError);
    return error as NaceFileError;
  }
  throw new Error('expected a NaceFileError');
}

/** A workbook of one sheet with these rows from row 1. */
const workbook = (name: string, rows: FixtureCell[][]) => xlsxFixture([{ name, rows }]);

const SECTION_I: NaceEntry = {
  code: 'I',
  level: 'section',
  parent: null,
  nl: 'Verschaffen van accommodatie en maaltijden',
  fr: 'Hébergement et restauration',
  en: 'Accommodation and food service activities',
};
const RESTAURANTS: NaceEntry[] = [
  SECTION_I,
  { code: '56', level: 'division', parent: 'I', nl: 'Eet- en drinkgelegenheden', fr: 'Restauration', en: 'Food and beverage service activities' },
  {
    code: '56.1',
    level: 'group',
    parent: '56',
    nl: 'Restaurants en mobiele eetgelegenheden',
    fr: 'Restaurants et services de restauration mobile',
    en: 'Restaurants and mobile food service activities',
  },
  {
    code: '56.10',
    level: 'class',
    parent: '56.1',
    nl: 'Restaurants en mobiele eetgelegenheden',
    fr: 'Restaurants et services de restauration mobile',
    en: 'Restaurants and mobile food service activities',
  },
  {
    code: '56.101',
    level: 'subclass',
    parent: '56.10',
    nl: 'Eetgelegenheden met volledige bediening',
    fr: 'Restauration à service complet',
    en: 'Full-service restaurants',
  },
];
const csvLines = (entries: readonly NaceEntry[], sep = ';') => entries.map((e) => [e.code, e.nl, e.fr, e.en].join(sep));

describe('parseNaceCsv', () => {
  it('reads a semicolon file with a BOM and title rows above the header', () => {
    const text = [
      '\uFEFFNACE-BEL 2025 — officiële lijst;;;',
      'Bron: Statbel;;;',
      ';;;',
      'Code;Omschrijving;Libellé;Description EN',
      ...csvLines(RESTAURANTS),
    ].join('\r\n');
    expect(parseNaceCsv(text)).toEqual({ entries: RESTAURANTS, problems: [] });
  });

  it('reads a comma file with RFC 4180 quoting (separators, doubled quotes, line breaks inside quotes)', () => {
    const text = [
      'code,label nl,label fr,label en',
      'A,"Landbouw, bosbouw en visserij","Agriculture, sylviculture et pêche","Agriculture, forestry and fishing"',
      '01,"Teelt van gewassen, veeteelt","Culture et production animale","Crop and animal production"',
      '01.1,"Teelt van ""eenjarige"" gewassen",Cultures non permanentes,"Growing of',
      'non-perennial crops"',
      'XX,kapot,cassé,broken',
    ].join('\r\n');
    const result = parseNaceCsv(text);
    expect(result.entries.map((e) => e.code)).toEqual(['A', '01', '01.1']);
    expect(result.entries[0]).toMatchObject({ nl: 'Landbouw, bosbouw en visserij', fr: 'Agriculture, sylviculture et pêche' });
    expect(result.entries[2]).toMatchObject({ nl: 'Teelt van "eenjarige" gewassen', en: 'Growing of non-perennial crops' });
    // Row numbers are record numbers (spreadsheet rows): the quoted line break does not count.
    expect(result.problems).toEqual([{ row: 5, kind: 'bad_code', code: 'XX' }]);
  });

  it('reads a tab-separated file', () => {
    const text = ['Code\tOmschrijving\tLibellé\tDescription EN', ...csvLines(RESTAURANTS, '\t')].join('\n');
    expect(parseNaceCsv(text).entries).toEqual(RESTAURANTS);
  });

  it('skips a header line repeated further down', () => {
    const header = 'Code;Omschrijving;Libellé;Description EN';
    const lines = csvLines(RESTAURANTS);
    expect(parseNaceCsv([header, ...lines.slice(0, 2), header, ...lines.slice(2)].join('\n'))).toEqual({ entries: RESTAURANTS, problems: [] });
  });

  it.each([
    ['Dutch, French, English titles', 'Code NACE-BEL 2025;Titel NL;Titre FR;Title EN', 'A;nl;fr;en', { nl: 'nl', fr: 'fr', en: 'en' }],
    ['bare language columns', 'NACE;NL;FR;EN', 'A;nl;fr;en', { nl: 'nl', fr: 'fr', en: 'en' }],
    ['upper case, no accents', 'CODE;OMSCHRIJVING;LIBELLE;DESCRIPTION', 'A;nl;fr;en', { nl: 'nl', fr: 'fr', en: 'en' }],
    ['language names, another order', 'nacebel;english;intitulé;benaming', 'A;en;fr;nl', { nl: 'nl', fr: 'fr', en: 'en' }],
    ['German only as a fallback', 'Kode;Bezeichnung;Libellé en français;Omschrijving in het Nederlands', 'A;de;fr;nl', { nl: 'nl', fr: 'fr', en: 'nl' }],
    ['an explicit language beats a guessed one', 'Code;Libellé;Label FR', 'A;guess;fr', { nl: 'fr', fr: 'fr', en: 'fr' }],
    ['explanatory notes are no label', 'Code;Toelichting;Label FR', 'A;note;fr', { nl: 'fr', fr: 'fr', en: 'fr' }],
    ['level and parent columns are not the code', 'Level nr;Parent code;Code;Label NL', '1;-;A;nl', { nl: 'nl', fr: 'nl', en: 'nl' }],
  ])('finds the columns from headers: %s', (_name, header, row, labels) => {
    expect(parseNaceCsv(`${header}\n${row}`).entries).toEqual([{ code: 'A', level: 'section', parent: null, ...labels }]);
  });

  it.each([
    [
      'French missing: falls back to Dutch',
      'Code;Omschrijving;Description EN',
      'A;Landbouw;Agriculture',
      { nl: 'Landbouw', fr: 'Landbouw', en: 'Agriculture' },
    ],
    [
      'Dutch missing: falls back to French',
      'Code;Libellé;Label EN',
      'A;Agriculture, sylviculture et pêche;Agriculture',
      { nl: 'Agriculture, sylviculture et pêche', fr: 'Agriculture, sylviculture et pêche', en: 'Agriculture' },
    ],
    ['only French', 'Code;Libellé', 'A;Agriculture', { nl: 'Agriculture', fr: 'Agriculture', en: 'Agriculture' }],
    ['empty English cell in one row', 'Code;Label NL;Label FR;Label EN', 'A;Landbouw;Agriculture;', { nl: 'Landbouw', fr: 'Agriculture', en: 'Landbouw' }],
    [
      'empty Dutch cell: French before English',
      'Code;Label NL;Label FR;Label EN',
      'A;;Agriculture FR;Agriculture EN',
      { nl: 'Agriculture FR', fr: 'Agriculture FR', en: 'Agriculture EN' },
    ],
  ])('fills missing labels: %s', (_name, header, row, labels) => {
    expect(parseNaceCsv(`${header}\n${row}`).entries).toEqual([{ code: 'A', level: 'section', parent: null, ...labels }]);
  });

  it('accepts codes without dots', () => {
    const text = ['Code;Omschrijving', 'I;Horeca', '56;Eten', '561;Restaurants', '5610;Restaurants', '56101;Volledige bediening', '1;Landbouw?'].join('\n');
    const result = parseNaceCsv(text);
    expect(tree(result)).toEqual([
      ['I', 'section', null],
      ['56', 'division', 'I'],
      ['56.1', 'group', '56'],
      ['56.10', 'class', '56.1'],
      ['56.101', 'subclass', '56.10'],
      ['01', 'division', 'I'],
    ]);
  });

  it('derives parents from the code, and a division’s section from the order of the file', () => {
    const text = [
      'Code;Omschrijving',
      'A;Landbouw',
      '01;Teelt',
      '01.1;Eenjarige gewassen',
      '01.13;Groenten',
      '01.130;Groenten',
      '02;Bosbouw',
      'I;Horeca',
      '55;Accommodatie',
      '56;Eetgelegenheden',
      '56.1;Restaurants',
    ].join('\n');
    expect(tree(parseNaceCsv(text))).toEqual([
      ['A', 'section', null],
      ['01', 'division', 'A'],
      ['01.1', 'group', '01'],
      ['01.13', 'class', '01.1'],
      ['01.130', 'subclass', '01.13'],
      ['02', 'division', 'A'],
      ['I', 'section', null],
      ['55', 'division', 'I'],
      ['56', 'division', 'I'],
      ['56.1', 'group', '56'],
    ]);
  });

  it('reports orphans, duplicates, bad codes, missing codes and labels with their row numbers', () => {
    const text = [
      'NACE-BEL 2008', // 1: title
      'Code;Omschrijving;Libellé', // 2
      '02;Bosbouw;Sylviculture', // 3: division before any section
      'A;Landbouw;Agriculture', // 4
      '01;Teelt;Culture', // 5
      '01;Teelt bis;Culture bis', // 6: duplicate
      '01.9;Iets;Quelque chose', // 7
      '03.1;Visserij;Pêche', // 8: division 03 is not in the file
      '03.11;Zeevisserij;Pêche en mer', // 9: its group was dropped
      '1X.2;Fout;Erreur', // 10
      ';Zonder code;Sans code', // 11
      ';;', // 12: empty, silently skipped
      '', // 13
      '01.1;;', // 14: no label
      '01.11;Granen;Céréales', // 15: its group had no label
    ].join('\n');
    const result = parseNaceCsv(text);
    expect(result.entries.map((e) => e.code)).toEqual(['A', '01', '01.9']);
    expect(result.entries[1]).toMatchObject({ nl: 'Teelt', fr: 'Culture' });
    expect(result.problems).toEqual([
      { row: 3, kind: 'orphan', code: '02' },
      { row: 6, kind: 'duplicate', code: '01' },
      { row: 8, kind: 'orphan', code: '03.1' },
      { row: 9, kind: 'orphan', code: '03.11' },
      { row: 10, kind: 'bad_code', code: '1X.2' },
      { row: 11, kind: 'missing_code' },
      { row: 14, kind: 'missing_label', code: '01.1' },
      { row: 15, kind: 'orphan', code: '01.11' },
    ]);
  });

  it('reads a Statbel-style list: level and parent columns, sorted by level, leading zeros lost by Excel', () => {
    const text = [
      'Level nr;Code;Parent code;Label NL;Label FR;Label DE;Label EN',
      '1;;;Secties;Sections;Abschnitte;Sections',
      '1;A;-;Landbouw, bosbouw en visserij;Agriculture, sylviculture et pêche;Land- und Forstwirtschaft, Fischerei;Agriculture, forestry and fishing',
      '1;B;-;Winning van delfstoffen;Industries extractives;Bergbau;Mining and quarrying',
      '2;1;A;Teelt van gewassen;Culture et production animale;Landwirtschaft;Crop and animal production',
      '2;5;B;Winning van steenkool;Extraction de houille;Kohlenbergbau;Mining of coal and lignite',
      '3;11;1;Teelt van eenjarige gewassen;Cultures non permanentes;Anbau einjähriger Pflanzen;Growing of non-perennial crops',
      '4;111;11;Teelt van granen;Culture de céréales;Anbau von Getreide;Growing of cereals',
      '5;1110;111;Teelt van granen;Culture de céréales;Anbau von Getreide;',
    ].join('\n');
    const result = parseNaceCsv(text);
    expect(tree(result)).toEqual([
      ['A', 'section', null],
      ['B', 'section', null],
      ['01', 'division', 'A'],
      ['05', 'division', 'B'],
      ['01.1', 'group', '01'],
      ['01.11', 'class', '01.1'],
      ['01.110', 'subclass', '01.11'],
    ]);
    expect(result.entries.at(-1)).toMatchObject({ fr: 'Culture de céréales', en: 'Teelt van granen' });
    expect(result.problems).toEqual([{ row: 2, kind: 'missing_code' }]);
  });

  it('does not guess the sections of a list sorted by level without a parent column', () => {
    const text = ['Code;Omschrijving', 'A;Landbouw', 'B;Winning van delfstoffen', '01;Teelt', '05;Steenkool'].join('\n');
    const result = parseNaceCsv(text);
    expect(result.entries.map((e) => e.code)).toEqual(['A', 'B']);
    expect(result.problems).toEqual([
      { row: 4, kind: 'orphan', code: '01' },
      { row: 5, kind: 'orphan', code: '05' },
    ]);
  });

  it('ignores a level column it cannot trust', () => {
    // Levels counted from 0: "A" is not called a section, so "11" stays division 11 instead of becoming group 01.1.
    const text = ['Niveau;Code;Omschrijving', '0;A;Landbouw', '1;11;Dranken'].join('\n');
    expect(tree(parseNaceCsv(text))).toEqual([
      ['A', 'section', null],
      ['11', 'division', 'A'],
    ]);
  });

  it.each([
    ['no header at all', 'foo;bar\n1;2', 'no_header'],
    ['no code column', 'Niveau;Omschrijving;Libellé\n1;Landbouw;Agriculture', 'no_code_column'],
    ['no label column', 'Code;Niveau\nA;1', 'no_label_column'],
    ['only a header', 'Code;Omschrijving;Libellé\n', 'empty'],
    ['a header and blank lines', 'Titel\nCode;Omschrijving\n;\n\n', 'empty'],
    ['nothing', ' \r\n ', 'empty'],
    ['a quoted field that never ends', 'Code;Omschrijving\n01;"Teelt\n02;Bosbouw\n', 'unclosed_quote'],
  ])('refuses a file with %s', async (_name, text, kind) => {
    expect((await rejection(() => parseNaceCsv(text))).kind).toBe(kind);
  });

  it('refuses a file whose rows are all unusable, with the problems', async () => {
    const error = await rejection(() => parseNaceCsv('Code;Omschrijving\n01;Teelt\nZZ;Fout'));
    expect(error.kind).toBe('empty');
    expect(error.problems).toEqual([
      { row: 2, kind: 'orphan', code: '01' },
      { row: 3, kind: 'bad_code', code: 'ZZ' },
    ]);
  });
});

describe('normaliseNaceCode', () => {
  it.each([
    ['56102', '56.102', 'subclass'],
    ['5610', '56.10', 'class'],
    ['561', '56.1', 'group'],
    ['56', '56', 'division'],
    ['01.110', '01.110', 'subclass'],
    ['01.11', '01.11', 'class'],
    ['01.1', '01.1', 'group'],
    ['01', '01', 'division'],
    ['1', '01', 'division'],
    ['1.1', '01.1', 'group'],
    ['1.13', '01.13', 'class'],
    ['56,1', '56.1', 'group'],
    [' 56 . 10 ', '56.10', 'class'],
    ['a', 'A', 'section'],
    ['V', 'V', 'section'],
    ['Sectie B', 'B', 'section'],
  ])('%j is %s (%s)', (raw, code, level) => {
    expect(normaliseNaceCode(raw)).toEqual({ code, level });
  });

  it.each(['', 'W', 'AB', 'A1', '123456', '56.1234', '5.6.1', '56.', '.1', '561.1', 'abc', '56-10'])('%j is no code', (raw) => {
    expect(normaliseNaceCode(raw)).toBeNull();
  });

  it.each([
    ['1110', 'subclass', '01.110'],
    ['111', 'class', '01.11'],
    ['11', 'group', '01.1'],
    ['1', 'division', '01'],
    ['56.1', 'class', '56.10'],
    ['56.1', 'subclass', '56.100'],
    ['56.10', 'subclass', '56.100'],
    ['56.10', 'group', '56.10'],
    ['56102', 'class', '56.102'],
    ['A', 'subclass', 'A'],
  ])('%j with level %s is %s', (raw, hint, code) => {
    expect(normaliseNaceCode(raw, hint as 'group')?.code).toBe(code);
  });
});

describe('parseNaceFile', () => {
  const text = 'Code;Omschrijving;Libellé;Description\r\nA;Landbouw;Activités agricoles;Agriculture\r\n01;Teelt;Culture à 5 €, l’été…;Crops\r\n';
  const expected = [
    { code: 'A', level: 'section', parent: null, nl: 'Landbouw', fr: 'Activités agricoles', en: 'Agriculture' },
    { code: '01', level: 'division', parent: 'A', nl: 'Teelt', fr: 'Culture à 5 €, l’été…', en: 'Crops' },
  ];

  it.each([
    ['UTF-8', utf8(text)],
    ['UTF-8 with BOM', utf8(`\uFEFF${text}`)],
    ['Windows-1252 (é as 0xE9, € as 0x80, ’ as 0x92)', cp1252(text)],
    ['UTF-16 with BOM', utf16le(text)],
    ['UTF-16 without BOM', utf16le(text).subarray(2)],
  ])('decodes %s', async (_name, bytes) => {
    expect(await parseNaceFile('nacebel.csv', bytes)).toEqual({ entries: expected, problems: [] });
  });

  it('checks that the Windows-1252 sample is not valid UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252(text))).toThrow();
  });

  it.each([
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['an old .xls workbook', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
    ['random binary', Uint8Array.from({ length: 4096 }, (_v, i) => (i * 7919) % 256)],
    ['a zip that is no workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])],
  ])('refuses %s', async (_name, bytes) => {
    expect((await rejection(parseNaceFile('upload.csv', bytes))).kind).toBe('not_csv_or_xlsx');
  });

  it('refuses files over 20 MB and empty files', async () => {
    expect((await rejection(parseNaceFile('big.csv', new Uint8Array(20 * 1024 * 1024 + 1)))).kind).toBe('too_large');
    expect((await rejection(parseNaceFile('empty.csv', new Uint8Array(0)))).kind).toBe('empty');
  });

  it('hands a zip to the XLSX reader', async () => {
    const bytes = await workbook('NACE', [
      ['Code', 'Omschrijving'],
      ['A', 'Landbouw'],
    ]);
    expect(await parseNaceFile('nacebel.xlsx', bytes)).toEqual({
      entries: [{ code: 'A', level: 'section', parent: null, nl: 'Landbouw', fr: 'Landbouw', en: 'Landbouw' }],
      problems: [],
    });
  });
});

describe('parseNaceXlsx', () => {
  it('reads a workbook with a title row, numeric, formula and rich-text cells, and a level column', async () => {
    const bytes = await xlsxFixture([
      {
        name: 'NACE-BEL 2025',
        merge: ['A1:E1'],
        rows: [
          ['NACE-BEL 2025 – lijst van de codes'],
          [],
          ['Niveau', 'Code', 'Omschrijving NL', { richText: [{ text: 'Intitulé ' }, { text: 'FR', bold: true }] }, 'Description EN'],
          ['Sectie', 'A', 'Landbouw, bosbouw en visserij', 'Agriculture, sylviculture et pêche', 'Agriculture, forestry and fishing'],
          [2, 1, 'Teelt van gewassen', 'Culture et production animale', 'Crop and animal production'],
          [3, 1.1, 'Teelt van eenjarige gewassen', 'Cultures non permanentes', 'Growing of non-perennial crops'],
          [4, 1.13, 'Teelt van groenten', 'Culture de légumes', 'Growing of vegetables'],
          [5, 1.13, 'Teelt van groenten', 'Culture de légumes', 'Growing of vegetables'], // 01.130 stored as a number
          [
            4,
            { formula: '1.19+0', result: 1.19 },
            'Teelt van andere eenjarige gewassen',
            'Autres cultures non permanentes',
            'Growing of other non-perennial crops',
          ],
          [5, { richText: [{ text: '01.19' }, { text: '1', italic: true }] }, 'Teelt van bloemen', 'Culture de fleurs', 'Growing of flowers'],
          [5, 'X1', 'Fout', 'Erreur', 'Error'],
        ],
      },
    ]);
    const result = await parseNaceXlsx(bytes);
    expect(tree(result)).toEqual([
      ['A', 'section', null],
      ['01', 'division', 'A'],
      ['01.1', 'group', '01'],
      ['01.13', 'class', '01.1'],
      ['01.130', 'subclass', '01.13'],
      ['01.19', 'class', '01.1'],
      ['01.191', 'subclass', '01.19'],
    ]);
    expect(result.entries[0]).toEqual({
      code: 'A',
      level: 'section',
      parent: null,
      nl: 'Landbouw, bosbouw en visserij',
      fr: 'Agriculture, sylviculture et pêche',
      en: 'Agriculture, forestry and fishing',
    });
    expect(result.problems).toEqual([{ row: 11, kind: 'bad_code', code: 'X1' }]);
  });

  it('applies zero-only number formats, and otherwise reads numbers as written (the documented limit)', async () => {
    const bytes = await workbook('Lijst', [
      ['Code', 'Label NL', 'Label FR'],
      ['A', 'Landbouw', 'Agriculture'],
      [{ number: 1, numFmt: '00' }, 'Teelt', 'Culture'],
      [1.1, 'Eenjarige gewassen', 'Cultures non permanentes'],
      [1.13, 'Groenten', 'Légumes'], // no format, no level column: 01.130 would read as 01.13
      [{ number: 1.13, numFmt: '00.000' }, 'Groenten', 'Légumes'],
      [{ number: 1110, numFmt: '00000' }, 'Granen', 'Céréales'],
    ]);
    const result = await parseNaceXlsx(bytes.buffer as ArrayBuffer); // an ArrayBuffer is accepted too
    expect(tree(result)).toEqual([
      ['A', 'section', null],
      ['01', 'division', 'A'],
      ['01.1', 'group', '01'],
      ['01.13', 'class', '01.1'],
      ['01.130', 'subclass', '01.13'],
    ]);
    // 1110 formatted "00000" is subclass 01.110, whose class 01.11 is not in this sheet.
    expect(result.problems).toEqual([{ row: 7, kind: 'orphan', code: '01.110' }]);
  });

  it('reads the first worksheet that has a header (an introduction sheet before it is skipped)', async () => {
    const bytes = await xlsxFixture([
      { name: 'Toelichting', rows: [['Deze lijst bevat de NACE-BEL 2025 codes.']] },
      {
        name: 'Codes',
        rows: [
          ['Code', 'Omschrijving', 'Libellé'],
          ['A', 'Landbouw', 'Agriculture'],
        ],
      },
    ]);
    expect((await parseNaceXlsx(bytes)).entries.map((e) => e.code)).toEqual(['A']);
  });

  it.each([
    [
      'no code column',
      [
        ['Niveau', 'Omschrijving'],
        [1, 'Landbouw'],
      ],
      'no_code_column',
    ],
    ['only a header', [['Code', 'Omschrijving']], 'empty'],
    [
      'no header',
      [
        ['a', 'b'],
        [1, 2],
      ],
      'no_header',
    ],
    ['no cells at all', [], 'empty'],
  ])('refuses a workbook with %s', async (_name, rows, kind) => {
    const bytes = await workbook('Blad1', rows);
    expect((await rejection(parseNaceXlsx(bytes))).kind).toBe(kind);
  });
});

describe('the shipped starter catalogue', () => {
  const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = (code: (e: NaceEntry) => string) => NACE_2008_CATALOGUE.map((e) => [code(e), e.nl, e.fr, e.en].map(quote).join(';'));

  it.each([
    ['dotted codes', (e: NaceEntry) => e.code],
    ['codes without dots', (e: NaceEntry) => e.code.replace('.', '')],
  ])('survives a CSV round trip with %s', (_name, code) => {
    const text = ['NACE-BEL 2008', 'Code;Omschrijving;Intitulé;Description EN', ...rows(code)].join('\r\n');
    expect(parseNaceCsv(text)).toEqual({ entries: [...NACE_2008_CATALOGUE], problems: [] });
  });

  it('survives an XLSX round trip', async () => {
    const bytes = await workbook('NACE', [['Code', 'Label NL', 'Label FR', 'Label EN'], ...NACE_2008_CATALOGUE.map((e) => [e.code, e.nl, e.fr, e.en])]);
    expect(await parseNaceFile('nace.xlsx', bytes)).toEqual({ entries: [...NACE_2008_CATALOGUE], problems: [] });
  });
});
