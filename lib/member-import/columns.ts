// The fields a member list import can fill in, and the automatic matching of a file's headers to them.
// Pure: no I/O.

/** What an imported row can set on a business, in the order the mapping screen shows them. */
export const IMPORT_FIELDS = ['enterpriseNumber', 'name', 'naceCode', 'postcode', 'locality', 'employeesBand', 'revenueChangePct'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Import field → index of the file column it is read from. Fields without a column stay unmapped. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Headers people use for each field, in Dutch, French and English (our own export's headers included, so an export
 * can be imported again). Compared after normalisation: lower case, no accents, punctuation as spaces.
 */
const HEADERS: Record<ImportField, string[]> = {
  enterpriseNumber: [
    'ondernemingsnummer',
    'ondernemingsnr',
    'kbo',
    'kbo nummer',
    'kbonummer',
    'kbo nr',
    'btw nummer',
    'btw nr',
    'btw',
    'numero d entreprise',
    'n d entreprise',
    'no d entreprise',
    'numero bce',
    'bce',
    'numero de tva',
    'tva',
    'n tva',
    'enterprise number',
    'company number',
    'business number',
    'vat number',
    'vat',
    'cbe number',
    'kbo bce',
  ],
  name: [
    'onderneming',
    'naam',
    'bedrijfsnaam',
    'naam onderneming',
    'naam bedrijf',
    'handelsnaam',
    'firma',
    'bedrijf',
    'entreprise',
    'nom',
    'nom de l entreprise',
    'denomination',
    'raison sociale',
    'societe',
    'nom commercial',
    'business',
    'name',
    'business name',
    'company',
    'company name',
    'trade name',
    'organisation',
    'organization',
  ],
  naceCode: [
    'nace bel code',
    'nace code',
    'nace',
    'nacebel',
    'nace bel',
    'code nace bel',
    'code nace',
    'sectorcode',
    'sector code',
    'activiteitscode',
    'hoofdactiviteit',
    'code d activite',
    'activite principale',
    'activity code',
    'main activity',
  ],
  postcode: ['postcode', 'postnummer', 'post code', 'code postal', 'cp', 'postal code', 'zip', 'zip code', 'zipcode'],
  locality: ['gemeente', 'plaats', 'woonplaats', 'stad', 'deelgemeente', 'commune', 'localite', 'ville', 'municipality', 'locality', 'city', 'town', 'place'],
  employeesBand: [
    'werknemers',
    'aantal werknemers',
    'personeel',
    'personeelsleden',
    'medewerkers',
    'aantal medewerkers',
    'travailleurs',
    'nombre de travailleurs',
    'employes',
    'nombre d employes',
    'personnel',
    'effectif',
    'employees',
    'number of employees',
    'staff',
    'headcount',
    'employees band',
  ],
  revenueChangePct: [
    // Not the bare "omzet", "chiffre d'affaires" or "revenue": such a column holds an amount, not a change in percent.
    'omzetwijziging',
    'omzetverandering',
    'omzetevolutie',
    'evolutie omzet',
    'omzetdaling',
    'omzetstijging',
    'evolution du chiffre d affaires',
    'evolution ca',
    'variation du chiffre d affaires',
    'revenue change',
    'turnover change',
    'change in revenue',
    'sales change',
  ],
};

/** Lower case, accents and punctuation gone, single spaces: "Numéro d’entreprise" → "numero d entreprise". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NORMALISED = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, HEADERS[field].map(normaliseHeader)])) as Record<ImportField, string[]>;

/** 3: the header is a known name; 2: it contains one as whole words ("Code NACE-BEL 2025", "Omzet (%)"); 0: no match. */
function score(header: string, field: ImportField): number {
  if (header === '') return 0;
  if (NORMALISED[field].includes(header)) return 3;
  const padded = ` ${header
    .replace(/\b\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  if (NORMALISED[field].includes(padded.trim())) return 3;
  return NORMALISED[field].some((known) => known.length >= 3 && padded.includes(` ${known} `)) ? 2 : 0;
}

/**
 * Proposes a column for each field from the file's headers. The best matches are taken first, and a column serves
 * one field only; a field nothing matches stays unmapped for staff to choose.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const candidates = IMPORT_FIELDS.flatMap((field, fieldOrder) =>
    normalised.map((header, column) => ({ field, column, fieldOrder, score: score(header, field) })),
  )
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.column - b.column || a.fieldOrder - b.fieldOrder);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}
