// Parser for the official NACE-BEL list (Statbel), 2025 or 2008, as CSV or XLSX, into `NaceEntry` rows that can
// replace the shipped starter catalogue. Pure: no I/O, no database, no server-only imports. The XLSX reader is loaded
// lazily, only when a workbook is parsed.
//
// What it accepts
// - Columns are found by their header, case-, accent- and punctuation-insensitive, in Dutch, French, English or
//   German: a code column ("Code", "NACE", "Code NACE-BEL 2025"…), optional level ("Niveau", "Level nr"…) and parent
//   ("Parent code", "Code parent", "Bovenliggende code"…) columns, and label columns per language ("Omschrijving",
//   "Label NL", "Libellé", "Intitulé FR", "Description EN", "Titel DE", "NL"…). The header is the first row, among
//   the first 10 non-empty rows, that has a code column and at least one label column; rows above it are ignored.
// - Each entry gets nl/fr/en labels: a missing column, or an empty cell in one row, is filled from another language,
//   nl first, then fr, then en, then de (Statbel's 2008 list, for one, has no English for the Belgian subclasses).
// - Codes: "A"…"V" (also "Sectie A"), "01", "01.1", "01.11", "01.111", the same without dots ("01111"), a decimal
//   comma ("1,1": a number exported by a Belgian spreadsheet) and a dropped leading zero ("1", "1.1": Excel).
// - Parents come from the code; a division's parent is its section from the parent column when there is one, else
//   the section that came last before it in the file.
//
// Limits (documented on purpose)
// - A code stored as a NUMBER loses zeros: 56.10 arrives as 56.1 and 01110 as 1110. Without more information 56.1
//   reads as group 56.1 and 1110 as class 11.10. Two things recover them: a cell number format made of zeros
//   ("00.000", "00000") is applied, and a level column, when it can be trusted (it says "section" on every row whose
//   code is a letter), restores one dropped leading zero of a dot-less code and dropped trailing decimals of a dotted
//   one. Only a single-digit whole number ("1" → "01") is padded without either. Anything else stays ambiguous; the
//   damage usually shows up as 'orphan' or 'duplicate' problems.
// - The level column is never used to reject a row; the level always comes from the (normalised) code's shape.
// - The parent column is only used for a division's section; other parents are derived from the code. Without a
//   parent column, a list sorted by level (all sections before the first division) reports its divisions as orphans
//   rather than hanging them all under the last section.
// - CSV row numbers are record numbers (what a spreadsheet shows as row numbers). They differ from text-editor line
//   numbers only after a quoted field that spans lines. XLSX row numbers are the sheet's row numbers.
// - XLSX: the first worksheet that has a recognisable header is read (normally the first one). Only the byte size is
//   limited (20 MB); every row of every sheet is read into memory (at most 1 GiB of XML unpacked). Old binary .xls,
//   .ods and other formats are refused. Without a BOM, text is taken as UTF-8 when it is valid UTF-8, else as Windows-1252; UTF-16 is
//   recognised by its BOM or by the zero bytes of mostly-ASCII text.
import type { NaceEntry, NaceLevel } from './catalogue-2008';
import { csvRecords, SEPARATORS, UnclosedQuoteError } from '@/lib/tabular/csv';
import { decodeText, isZip, NotTabularError } from '@/lib/tabular/text';
import { readWorkbook, type GridRow } from '@/lib/tabular/xlsx';

export interface NaceImportResult {
  entries: NaceEntry[];
  problems: NaceImportProblem[];
}
export type NaceImportProblem = {
  row: number;
  kind: 'missing_code' | 'bad_code' | 'missing_label' | 'duplicate' | 'orphan';
  code?: string;
};
export type NaceFileErrorKind = 'not_csv_or_xlsx' | 'no_header' | 'no_code_column' | 'no_label_column' | 'empty' | 'too_large' | 'unclosed_quote';

export class NaceFileError extends Error {
  override readonly name = 'NaceFileError';
  /** `problems` is only filled for kind 'empty' when data rows were present but none of them was usable. */
  constructor(
    readonly kind: NaceFileErrorKind,
    message: string,
    readonly problems: readonly NaceImportProblem[] = [],
  ) {
    super(message);
  }
}

const NACE_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const HEADER_SEARCH_ROWS = 10;

type Lang = 'nl' | 'fr' | 'en' | 'de';
const LABEL_FALLBACK: Lang[] = ['nl', 'fr', 'en', 'de'];
const LEVEL_ORDER: readonly NaceLevel[] = ['section', 'division', 'group', 'class', 'subclass'];

// ---------------------------------------------------------------------------------------------------------------
// Codes

/** Digits of a dot-less code per level, and digits after the dot of a dotted one. */
const PLAIN_LENGTH: Partial<Record<NaceLevel, number>> = { division: 2, group: 3, class: 4, subclass: 5 };
const DECIMALS: Partial<Record<NaceLevel, number>> = { group: 1, class: 2, subclass: 3 };
const LEVEL_BY_DECIMALS: Record<number, NaceLevel> = { 1: 'group', 2: 'class', 3: 'subclass' };

/**
 * Normalises one code cell: "56102" → 56.102 (subclass), "5610" → 56.10, "561" → 56.1, "56" → 56, "1" → 01, "a" → A.
 * `levelHint` (from a trusted level column) only restores zeros a spreadsheet dropped; see the limits above.
 * Returns null for anything that is not a NACE code.
 */
export function normaliseNaceCode(raw: string, levelHint?: NaceLevel | null): { code: string; level: NaceLevel } | null {
  let s = raw.normalize('NFKC').replace(/\s+/g, '');
  const section = /^(?:sectie|section|sektion|abschnitt)?([a-v])$/i.exec(s);
  if (section) return { code: section[1]!.toUpperCase(), level: 'section' };

  if (/^\d{1,2},\d{1,3}$/.test(s)) s = s.replace(',', '.');
  const dotted = /^(\d{1,2})\.(\d{1,3})$/.exec(s);
  if (dotted) {
    let decimals = dotted[2]!;
    const wanted = levelHint ? DECIMALS[levelHint] : undefined;
    if (wanted !== undefined && decimals.length < wanted) decimals = decimals.padEnd(wanted, '0');
    const level = LEVEL_BY_DECIMALS[decimals.length];
    return level ? { code: `${dotted[1]!.padStart(2, '0')}.${decimals}`, level } : null;
  }

  if (!/^\d{1,5}$/.test(s)) return null;
  const wanted = levelHint ? PLAIN_LENGTH[levelHint] : undefined;
  if (wanted !== undefined && s.length === wanted - 1) s = `0${s}`;
  if (s.length === 1) s = `0${s}`;
  switch (s.length) {
    case 2:
      return { code: s, level: 'division' };
    case 3:
      return { code: `${s.slice(0, 2)}.${s.slice(2)}`, level: 'group' };
    case 4:
      return { code: `${s.slice(0, 2)}.${s.slice(2)}`, level: 'class' };
    default:
      return { code: `${s.slice(0, 2)}.${s.slice(2)}`, level: 'subclass' };
  }
}

/** Parent derived from the code itself; divisions and sections have none here (see the section logic below). */
function codeParent(code: string, level: NaceLevel): string | null {
  if (level === 'group') return code.slice(0, 2);
  if (level === 'class' || level === 'subclass') return code.slice(0, -1);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Headers

function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '' && t !== 'rev' && !/^\d+$/.test(t)); // years and versions: "NACE-BEL 2025", "Rev. 2.1"
}

const set = (...xs: string[]) => new Set(xs);
const FILLER = set(
  'bel',
  'nr',
  'n',
  'no',
  'num',
  'nummer',
  'numero',
  'number',
  'van',
  'de',
  'du',
  'des',
  'la',
  'le',
  'l',
  'd',
  'the',
  'of',
  'der',
  'die',
  'het',
  'een',
);
const CODE_WORDS = set('code', 'codes', 'nace', 'nacebel', 'kode', 'cod', 'codice', 'activiteitscode', 'naceschlussel', 'schlussel');
const LEVEL_WORDS = set(
  'niveau',
  'niveaus',
  'level',
  'levels',
  'niv',
  'lvl',
  'ebene',
  'stufe',
  'hierarchie',
  'hierarchy',
  'hierarchieniveau',
  'levelnr',
  'niveaunr',
);
const PARENT_WORDS = set(
  'parent',
  'parents',
  'ouder',
  'bovenliggend',
  'bovenliggende',
  'hoger',
  'hogere',
  'superieur',
  'superieure',
  'ubergeordnet',
  'ubergeordnete',
  'uebergeordnet',
  'uebergeordnete',
  'parentcode',
  'oudercode',
);
const NOT_A_LABEL = set(
  'toelichting',
  'toelichtingen',
  'opmerking',
  'opmerkingen',
  'note',
  'notes',
  'explanatory',
  'remarque',
  'remarques',
  'explication',
  'explications',
  'note',
  'inclusie',
  'inclusies',
  'exclusie',
  'exclusies',
  'include',
  'includes',
  'exclude',
  'excludes',
  'comprend',
  'omvat',
  'erlauterung',
  'erlauterungen',
  'anmerkung',
  'anmerkungen',
  'datum',
  'date',
  'geldig',
  'valid',
  'validite',
);
const LABEL_WORDS: Record<string, Lang> = {
  omschrijving: 'nl',
  omschrijvingen: 'nl',
  benaming: 'nl',
  benamingen: 'nl',
  titel: 'nl',
  titels: 'nl',
  naam: 'nl',
  tekst: 'nl',
  beschrijving: 'nl',
  activiteit: 'nl',
  activiteiten: 'nl',
  libelle: 'fr',
  libelles: 'fr',
  intitule: 'fr',
  intitules: 'fr',
  titre: 'fr',
  titres: 'fr',
  nom: 'fr',
  texte: 'fr',
  designation: 'fr',
  denomination: 'fr',
  activite: 'fr',
  activites: 'fr',
  description: 'en',
  descriptions: 'en',
  label: 'en',
  labels: 'en',
  title: 'en',
  titles: 'en',
  name: 'en',
  text: 'en',
  activity: 'en',
  activities: 'en',
  caption: 'en',
  bezeichnung: 'de',
  beschreibung: 'de',
  benennung: 'de',
  tatigkeit: 'de',
  taetigkeit: 'de',
  wirtschaftszweig: 'de',
};
const LANGUAGE_NAMES: Record<string, Lang> = {
  nederlands: 'nl',
  nederlandse: 'nl',
  dutch: 'nl',
  neerlandais: 'nl',
  niederlandisch: 'nl',
  niederlaendisch: 'nl',
  vlaams: 'nl',
  flamand: 'nl',
  frans: 'fr',
  franse: 'fr',
  francais: 'fr',
  french: 'fr',
  franzosisch: 'fr',
  franzoesisch: 'fr',
  engels: 'en',
  engelse: 'en',
  english: 'en',
  anglais: 'en',
  englisch: 'en',
  duits: 'de',
  duitse: 'de',
  deutsch: 'de',
  german: 'de',
  allemand: 'de',
};
/** Short language codes count only as the first or last word ("Label NL", "NL titel"): "de"/"en" are also words. */
const LANGUAGE_CODES: Record<string, Lang> = {
  nl: 'nl',
  ned: 'nl',
  nld: 'nl',
  dut: 'nl',
  fr: 'fr',
  fra: 'fr',
  fre: 'fr',
  en: 'en',
  eng: 'en',
  de: 'de',
  deu: 'de',
  ger: 'de',
};

type HeaderCell = { kind: 'code' } | { kind: 'level' } | { kind: 'parent' } | { kind: 'label'; lang: Lang; explicit: boolean };

function classifyHeader(text: string): HeaderCell | null {
  const all = words(text);
  const sig = all.filter((t) => !FILLER.has(t));
  if (all.length === 0) return null;
  const only = (...sets: Set<string>[]) => sig.length > 0 && sig.every((t) => sets.some((s) => s.has(t)));

  if (only(LEVEL_WORDS, CODE_WORDS) && sig.some((t) => LEVEL_WORDS.has(t))) return { kind: 'level' };
  if (sig.some((t) => PARENT_WORDS.has(t)) && !sig.some((t) => t in LABEL_WORDS)) return { kind: 'parent' };
  if (only(CODE_WORDS)) return { kind: 'code' };
  if (all.some((t) => NOT_A_LABEL.has(t))) return null;

  const named = new Set(all.flatMap((t) => (t in LANGUAGE_NAMES ? [LANGUAGE_NAMES[t]!] : [])));
  const edges = [all[0]!, all[all.length - 1]!];
  const coded = new Set(edges.flatMap((t) => (t in LANGUAGE_CODES ? [LANGUAGE_CODES[t]!] : [])));
  const explicit = named.size === 1 ? [...named][0]! : named.size === 0 && coded.size === 1 ? [...coded][0]! : undefined;
  const labelWord = all.find((t) => t in LABEL_WORDS);
  if (labelWord !== undefined) {
    return explicit ? { kind: 'label', lang: explicit, explicit: true } : { kind: 'label', lang: LABEL_WORDS[labelWord]!, explicit: false };
  }
  // A bare language column: "NL", "Français", "English".
  if (explicit && all.length === 1) return { kind: 'label', lang: explicit, explicit: true };
  return null;
}

interface Columns {
  code: number;
  level?: number;
  parent?: number;
  labels: Partial<Record<Lang, number>>;
}
interface RowCandidate {
  recognised: number;
  columns: Partial<Columns> & { labels: Partial<Record<Lang, number>> };
}

function readHeaderRow(cells: readonly string[]): RowCandidate {
  const columns: RowCandidate['columns'] = { labels: {} };
  const explicitLabel = new Set<Lang>();
  let recognised = 0;
  cells.forEach((cell, i) => {
    const found = classifyHeader(cell);
    if (!found) return;
    recognised++;
    if (found.kind === 'label') {
      // An explicit language ("Label FR") beats one guessed from the word ("Libellé"); otherwise the first column wins.
      if (columns.labels[found.lang] === undefined || (found.explicit && !explicitLabel.has(found.lang))) {
        columns.labels[found.lang] = i;
        if (found.explicit) explicitLabel.add(found.lang);
      }
    } else if (columns[found.kind] === undefined) {
      columns[found.kind] = i;
    }
  });
  return { recognised, columns };
}

type HeaderSearch =
  | { ok: true; index: number; columns: Columns; recognised: number }
  | { ok: false; kind: 'no_header' | 'no_code_column' | 'no_label_column' | 'empty'; recognised: number };

function findHeader(rows: readonly GridRow[]): HeaderSearch {
  const candidates = rows
    .map((r, index) => ({ index, r }))
    .filter(({ r }) => !isBlank(r.cells))
    .slice(0, HEADER_SEARCH_ROWS);
  if (candidates.length === 0) return { ok: false, kind: 'empty', recognised: 0 };
  let best: RowCandidate | undefined;
  for (const { index, r } of candidates) {
    const found = readHeaderRow(r.cells);
    const { code, labels } = found.columns;
    if (code !== undefined && Object.keys(labels).length > 0) {
      return { ok: true, index, columns: { ...found.columns, code }, recognised: found.recognised };
    }
    if (!best || found.recognised > best.recognised) best = found;
  }
  if (!best || best.recognised === 0) return { ok: false, kind: 'no_header', recognised: 0 };
  return {
    ok: false,
    kind: best.columns.code === undefined ? 'no_code_column' : 'no_label_column',
    recognised: best.recognised,
  };
}

const HEADER_MESSAGES: Record<'no_header' | 'no_code_column' | 'no_label_column' | 'empty', string> = {
  no_header: 'No header row found in the first 10 rows: expected a NACE code column and a label column.',
  no_code_column: 'The header has no NACE code column (e.g. "Code" or "NACE-BEL code").',
  no_label_column: 'The header has no label column (e.g. "Omschrijving", "Libellé", "Label EN").',
  empty: 'The file contains no data.',
};

// ---------------------------------------------------------------------------------------------------------------
// Levels (optional column)

const LEVEL_VALUES: Record<string, NaceLevel> = {
  '1': 'section',
  '2': 'division',
  '3': 'group',
  '4': 'class',
  '5': 'subclass',
  section: 'section',
  sections: 'section',
  sectie: 'section',
  secties: 'section',
  abschnitt: 'section',
  abschnitte: 'section',
  sektion: 'section',
  division: 'division',
  divisions: 'division',
  afdeling: 'division',
  afdelingen: 'division',
  abteilung: 'division',
  abteilungen: 'division',
  group: 'group',
  groups: 'group',
  groep: 'group',
  groepen: 'group',
  groupe: 'group',
  groupes: 'group',
  gruppe: 'group',
  gruppen: 'group',
  class: 'class',
  classes: 'class',
  klasse: 'class',
  klassen: 'class',
  classe: 'class',
  subclass: 'subclass',
  subclasses: 'subclass',
  subklasse: 'subclass',
  subklassen: 'subclass',
  sousclasse: 'subclass',
  sousclasses: 'subclass',
  unterklasse: 'subclass',
  unterklassen: 'subclass',
  subclasse: 'subclass',
};

function levelValue(raw: string): NaceLevel | null {
  const key = raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .replace(/^(niveau|level|niv)/, '');
  return LEVEL_VALUES[key] ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the catalogue from a grid of cells

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function cleanLabel(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

interface Candidate {
  entry: NaceEntry;
  row: number;
  sectionFromOrder?: boolean;
}

function buildCatalogue(rows: readonly GridRow[]): NaceImportResult {
  const header = findHeader(rows);
  if (!header.ok) throw new NaceFileError(header.kind, HEADER_MESSAGES[header.kind]);
  const { columns } = header;
  const cell = (r: GridRow, i: number | undefined) => (i === undefined ? '' : (r.cells[i] ?? '').trim());
  const data = rows.slice(header.index + 1).filter((r) => !isBlank(r.cells));
  if (data.length === 0) throw new NaceFileError('empty', 'The file has a header but no rows below it.');

  // The level column is trusted only if it says "section" on every row whose code is a letter (and there is one).
  let trustLevels = false;
  if (columns.level !== undefined) {
    const sectionRows = data.filter((r) => normaliseNaceCode(cell(r, columns.code))?.level === 'section');
    trustLevels = sectionRows.length > 0 && sectionRows.every((r) => levelValue(cell(r, columns.level)) === 'section');
  }

  const problems: NaceImportProblem[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  let currentSection: string | null = null;

  for (const r of data) {
    const rawCode = cell(r, columns.code);
    if (rawCode === '') {
      problems.push({ row: r.row, kind: 'missing_code' });
      continue;
    }
    if (classifyHeader(rawCode)?.kind === 'code') continue; // a repeated header line (page breaks in exports)
    const hint = trustLevels ? levelValue(cell(r, columns.level)) : null;
    const parsed = normaliseNaceCode(rawCode, hint);
    if (!parsed) {
      problems.push({ row: r.row, kind: 'bad_code', code: rawCode });
      continue;
    }
    const { code, level } = parsed;
    const label: Partial<Record<Lang, string>> = {};
    for (const lang of LABEL_FALLBACK) {
      const text = cleanLabel(cell(r, columns.labels[lang]));
      if (text !== '') label[lang] = text;
    }
    const pick = (lang: Lang) => label[lang] ?? LABEL_FALLBACK.map((l) => label[l]).find((t) => t !== undefined);
    const nl = pick('nl');
    const fr = pick('fr');
    const en = pick('en');
    if (nl === undefined || fr === undefined || en === undefined) {
      problems.push({ row: r.row, kind: 'missing_label', code });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ row: r.row, kind: 'duplicate', code });
      continue;
    }
    seen.add(code);

    let parent: string | null;
    if (level === 'section') {
      parent = null;
      currentSection = code;
    } else if (level === 'division') {
      const declared = normaliseNaceCode(cell(r, columns.parent));
      if (declared?.level === 'section') parent = declared.code;
      else if (currentSection === null) {
        problems.push({ row: r.row, kind: 'orphan', code });
        continue;
      } else {
        candidates.push({ row: r.row, entry: { code, level, parent: currentSection, nl, fr, en }, sectionFromOrder: true });
        continue;
      }
    } else {
      parent = codeParent(code, level);
    }
    candidates.push({ row: r.row, entry: { code, level, parent, nl, fr, en } });
  }

  // A list sorted by level (every section before the first division) says nothing about which section a division
  // belongs to; without a parent column those divisions cannot be placed, so they are reported, not guessed.
  const sectionRows = candidates.filter((c) => c.entry.level === 'section').map((c) => c.row);
  const divisionRows = candidates.filter((c) => c.entry.level === 'division').map((c) => c.row);
  const sortedByLevel = sectionRows.length > 1 && divisionRows.length > 0 && Math.max(...sectionRows) < Math.min(...divisionRows);

  // Keep an entry only when its parent is kept; parents are one level up, so go level by level.
  const kept = new Set<string>();
  const orphans = new Set<Candidate>();
  for (const level of LEVEL_ORDER) {
    for (const c of candidates) {
      if (c.entry.level !== level) continue;
      const placeable = !(c.sectionFromOrder && sortedByLevel);
      if (placeable && (c.entry.parent === null || kept.has(c.entry.parent))) kept.add(c.entry.code);
      else {
        orphans.add(c);
        problems.push({ row: c.row, kind: 'orphan', code: c.entry.code });
      }
    }
  }
  const entries = candidates.filter((c) => !orphans.has(c)).map((c) => c.entry);
  problems.sort((a, b) => a.row - b.row);
  if (entries.length === 0) {
    throw new NaceFileError('empty', `No usable NACE rows: ${problems.length} row(s) had problems.`, problems);
  }
  return { entries, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** Parses NACE-BEL CSV text (separator `;`, `,` or tab, found from the header). Throws NaceFileError. */
export function parseNaceCsv(text: string): NaceImportResult {
  if (text.length > NACE_IMPORT_MAX_BYTES) throw new NaceFileError('too_large', 'The file is larger than 20 MB.');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new NaceFileError('empty', HEADER_MESSAGES.empty);

  try {
    return parseCsvBody(body);
  } catch (error) {
    if (error instanceof UnclosedQuoteError) throw new NaceFileError('unclosed_quote', 'A quoted field is never closed.');
    throw error;
  }
}

function parseCsvBody(body: string): NaceImportResult {
  // Try each separator on the first records; keep the one whose header is recognised best.
  let chosen: { separator: string; recognised: number } | undefined;
  let failure: Extract<HeaderSearch, { ok: false }> | undefined;
  for (const separator of SEPARATORS) {
    const sample = csvRecords(body, separator, 200).map((cells, i) => ({ row: i + 1, cells }));
    const found = findHeader(sample);
    if (found.ok) {
      if (!chosen || found.recognised > chosen.recognised) chosen = { separator, recognised: found.recognised };
    } else if (!failure || found.recognised > failure.recognised) failure = found;
  }
  if (!chosen) {
    const kind = failure?.kind ?? 'no_header';
    throw new NaceFileError(kind, HEADER_MESSAGES[kind]);
  }
  const rows = csvRecords(body, chosen.separator).map((cells, i) => ({ row: i + 1, cells }));
  return buildCatalogue(rows);
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX

/** Parses an .xlsx workbook: the first worksheet with a recognisable header. Throws NaceFileError. */
export async function parseNaceXlsx(data: Uint8Array | ArrayBuffer): Promise<NaceImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > NACE_IMPORT_MAX_BYTES) throw new NaceFileError('too_large', 'The file is larger than 20 MB.');
  let firstFailure: NaceFileError | undefined;
  for (const rows of await readWorkbook(bytes).catch(asNaceError)) {
    const header = findHeader(rows);
    if (header.ok) return buildCatalogue(rows);
    if (!firstFailure || (firstFailure.kind === 'empty' && header.kind !== 'empty')) {
      firstFailure = new NaceFileError(header.kind, HEADER_MESSAGES[header.kind]);
    }
  }
  throw firstFailure ?? new NaceFileError('empty', HEADER_MESSAGES.empty);
}

/** A file that is no spreadsheet at all is reported in the NACE upload's own terms. */
function asNaceError(error: unknown): never {
  if (error instanceof NotTabularError) throw new NaceFileError('not_csv_or_xlsx', error.message);
  throw error;
}

// ---------------------------------------------------------------------------------------------------------------
// Any upload

/**
 * Parses an uploaded file by its content, not its name: a zip ("PK\x03\x04") is read as XLSX, text as CSV (UTF-8,
 * else Windows-1252; UTF-16 with BOM). Refuses other binary content and files over 20 MB. `fileName` is only used in
 * error messages. Throws NaceFileError.
 */
export async function parseNaceFile(fileName: string, data: Uint8Array): Promise<NaceImportResult> {
  if (data.byteLength > NACE_IMPORT_MAX_BYTES) throw new NaceFileError('too_large', `${fileName} is larger than 20 MB.`);
  if (data.byteLength === 0) throw new NaceFileError('empty', `${fileName} is empty.`);
  if (isZip(data)) return parseNaceXlsx(data);
  let text: string;
  try {
    text = decodeText(data, fileName);
  } catch (error) {
    asNaceError(error);
  }
  return parseNaceCsv(text);
}
