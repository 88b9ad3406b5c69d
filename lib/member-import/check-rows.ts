// The dry run of a member list import: what each row will do (create, update, leave unchanged) or why it is
// rejected. Pure: the caller supplies the NACE catalogue, the postcodes and the businesses that already exist.
import { EMPLOYEE_BANDS, type EmployeeBand } from '@/lib/domain/channels';
import { parseEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { provinceForPostcode, type Province } from '@/lib/domain/provinces';
import { normaliseNaceCode } from '@/lib/nace/import';
import type { GridRow } from '@/lib/tabular/xlsx';
import type { ColumnMapping, ImportField } from './columns';

type ImportProblem =
  | 'enterprise_number_missing'
  | 'enterprise_number_invalid'
  | 'checksum'
  | 'duplicate_in_file'
  | 'name_missing'
  | 'name_too_long'
  | 'markup'
  | 'formula'
  | 'nace_unknown'
  | 'nace_ambiguous'
  | 'postcode_unknown'
  | 'locality_too_long'
  | 'employees_invalid'
  | 'revenue_invalid';
export type ImportAction = 'create' | 'update' | 'unchanged' | 'reject';

/** A business's importable facts as stored (or as a row will store them). */
export interface ImportValues {
  enterpriseNumber: string;
  name: string;
  naceCode: string | null;
  postcode: string | null;
  locality: string | null;
  province: Province | null;
  employeesBand: EmployeeBand | null;
  revenueChangePct: number | null;
}

export interface CheckContext {
  /** NACE codes of the active version that can be a business's sector (no sections). */
  naceCodes: ReadonlySet<string>;
  /** Postcode → its localities. */
  localities: Readonly<Record<string, readonly string[]>>;
  /** Businesses already in the portal, by enterprise number. */
  existing: ReadonlyMap<string, ImportValues>;
}

export interface RowVerdict {
  row: number;
  enterpriseNumber: string | null;
  name: string | null;
  action: ImportAction;
  problems: ImportProblem[];
  /** For an update: the fields that change. */
  changes: ImportField[];
  /** What will be written: only the fields the file fills in (plus a locality and province derived from the postcode). */
  values: Partial<ImportValues>;
}

const NAME_MAX = 160;
const LOCALITY_MAX = 100;
/** Markup is refused, as in every form; and a cell Excel would run as a formula. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
const FORMULA = /^[=+\-@\t\r\n]/;

function textProblem(value: string, max: number, tooLong: ImportProblem): ImportProblem | null {
  if (FORMULA.test(value)) return 'formula';
  if (MARKUP.test(value)) return 'markup';
  return value.length > max ? tooLong : null;
}

/** "1-4", "1 - 4", "250+", or a head count (12 → "10-19"). */
function employeesBand(raw: string): EmployeeBand | null {
  const compact = raw.replace(/\s+/g, '').replace(/[–—]/g, '-');
  if ((EMPLOYEE_BANDS as readonly string[]).includes(compact)) return compact as EmployeeBand;
  if (!/^\d{1,7}$/.test(compact)) return null;
  const count = Number(compact);
  return (
    EMPLOYEE_BANDS.find((band) => {
      const [from, to] = band.endsWith('+') ? [Number(band.slice(0, -1)), Infinity] : band.split('-').map(Number);
      return count >= from! && count <= (to ?? from)!;
    }) ?? null
  );
}

/**
 * "-20", "−20 %", "+15", "-12,5": whole percent, −100 … +1000. Refused rather than guessed: more than two decimals
 * ("1,000" may be a thousands separator) and a fraction such as -0.2 (a share, not a percentage).
 */
function revenueChange(raw: string): number | null {
  const text = raw.replace(/\s+/g, '').replace(/%$/, '').replace('−', '-').replace(',', '.');
  if (!/^[+-]?\d{1,4}(\.\d{1,2})?$/.test(text)) return null;
  const number = Number(text);
  if (number !== 0 && Math.abs(number) < 1) return null;
  const value = Math.round(number);
  return value >= -100 && value <= 1000 ? value : null;
}

/**
 * The catalogue code a cell means. A code a spreadsheet kept as a number lost its leading zero ("01610" → 1610)
 * and with it trailing ones ("01.110" → 1.11); those readings are tried too, and a cell that can mean two codes of
 * the catalogue is ambiguous rather than guessed.
 */
function naceCode(raw: string, known: ReadonlySet<string>): string | 'ambiguous' | null {
  const found = new Set<string>();
  for (const candidate of new Set([raw.replace(/\s+/g, ''), raw.split(/\s+/)[0] ?? ''])) {
    const readings = [normaliseNaceCode(candidate)?.code];
    if (/^\d{4}$/.test(candidate)) readings.push(`0${candidate[0]}.${candidate.slice(1)}`);
    if (/^\d\.\d{1,2}$/.test(candidate)) readings.push(`0${candidate}`.padEnd(6, '0'));
    for (const code of readings) if (code && known.has(code)) found.add(code);
  }
  if (found.size > 1) return 'ambiguous';
  return found.values().next().value ?? null;
}

/** Reads and checks one row's cells; `existing` is the stored business with the same enterprise number, if any. */
function readRow(cells: readonly string[], mapping: ColumnMapping, context: CheckContext) {
  const cell = (field: ImportField) => (mapping[field] === undefined ? '' : (cells[mapping[field]!] ?? '').trim());
  const problems: ImportProblem[] = [];
  const values: Partial<ImportValues> = {};

  const number = parseEnterpriseNumber(cell('enterpriseNumber'));
  if (number.ok) values.enterpriseNumber = number.value;
  else problems.push(number.reason === 'empty' ? 'enterprise_number_missing' : number.reason === 'checksum' ? 'checksum' : 'enterprise_number_invalid');

  const name = cell('name').replace(/\s+/g, ' ');
  if (name !== '') {
    const problem = textProblem(name, NAME_MAX, 'name_too_long');
    if (problem) problems.push(problem);
    else values.name = name;
  }
  const nace = cell('naceCode');
  if (nace !== '') {
    const code = naceCode(nace, context.naceCodes);
    if (code === 'ambiguous') problems.push('nace_ambiguous');
    else if (code) values.naceCode = code;
    else problems.push('nace_unknown');
  }
  const postcode = cell('postcode');
  if (postcode !== '') {
    if (context.localities[postcode] && provinceForPostcode(postcode)) {
      values.postcode = postcode;
      values.province = provinceForPostcode(postcode);
    } else problems.push('postcode_unknown');
  }
  const locality = cell('locality').replace(/\s+/g, ' ');
  if (locality !== '') {
    const problem = textProblem(locality, LOCALITY_MAX, 'locality_too_long');
    if (problem && !problems.includes(problem)) problems.push(problem);
    else if (!problem) values.locality = locality;
  }
  const employees = cell('employeesBand');
  if (employees !== '') {
    const band = employeesBand(employees);
    if (band) values.employeesBand = band;
    else problems.push('employees_invalid');
  }
  const revenue = cell('revenueChangePct');
  if (revenue !== '') {
    const pct = revenueChange(revenue);
    if (pct !== null) values.revenueChangePct = pct;
    else problems.push('revenue_invalid');
  }
  return { values, problems, rawName: name };
}

const COMPARED: ReadonlyArray<keyof ImportValues & ImportField> = ['name', 'naceCode', 'postcode', 'locality', 'employeesBand', 'revenueChangePct'];

/**
 * Judges every data row. Rows are matched to businesses on their enterprise number; a number that appears on more
 * than one row is rejected on all of them (which one is right cannot be told). An empty cell leaves the stored
 * value as it is; a new business needs a name. A postcode without a locality takes the postcode's first locality.
 */
export function checkRows(rows: readonly GridRow[], mapping: ColumnMapping, context: CheckContext): RowVerdict[] {
  const read = rows.map((r) => ({ row: r.row, ...readRow(r.cells, mapping, context) }));
  const seen = new Map<string, number>();
  for (const r of read) if (r.values.enterpriseNumber) seen.set(r.values.enterpriseNumber, (seen.get(r.values.enterpriseNumber) ?? 0) + 1);

  return read.map(({ row, values, problems, rawName }) => {
    const number = values.enterpriseNumber ?? null;
    if (number && seen.get(number)! > 1) problems.push('duplicate_in_file');
    const existing = number ? context.existing.get(number) : undefined;
    if (
      !existing &&
      number &&
      values.name === undefined &&
      !problems.includes('formula') &&
      !problems.includes('markup') &&
      !problems.includes('name_too_long')
    ) {
      problems.push('name_missing');
    }
    if (values.postcode && values.locality === undefined && (!existing || existing.postcode !== values.postcode)) {
      values.locality = context.localities[values.postcode]![0]!;
    }
    const base = { row, enterpriseNumber: number, name: values.name ?? existing?.name ?? (rawName || null) };
    if (problems.length > 0) return { ...base, action: 'reject', problems, changes: [], values: {} };
    if (!existing) return { ...base, action: 'create', problems, changes: [], values };
    const changes = COMPARED.filter((field) => values[field] !== undefined && values[field] !== existing[field]);
    return { ...base, action: changes.length > 0 ? 'update' : 'unchanged', problems, changes, values };
  });
}

/** Rows per action, for the dry run's summary. */
export function countVerdicts(verdicts: readonly RowVerdict[]): Record<ImportAction, number> {
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const v of verdicts) counts[v.action]++;
  return counts;
}
