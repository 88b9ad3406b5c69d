/**
 * Belgian provinces (and the Brussels-Capital Region, which has none) keyed by their
 * ISO 3166-2:BE code. The province is an advisor's unit of region: it decides who sees a business.
 */
export const PROVINCES = [
  'BE-BRU', // Brussels-Capital Region
  'BE-VAN', // Antwerp
  'BE-VBR', // Flemish Brabant
  'BE-VLI', // Limburg
  'BE-VOV', // East Flanders
  'BE-VWV', // West Flanders
  'BE-WBR', // Walloon Brabant
  'BE-WHT', // Hainaut
  'BE-WLG', // Liège
  'BE-WLX', // Luxembourg
  'BE-WNA', // Namur
] as const;

export type Province = (typeof PROVINCES)[number];

export type Region = 'brussels' | 'flanders' | 'wallonia';

/** bpost's allocation of postcode ranges to provinces; ranges are inclusive. */
const POSTCODE_RANGES: ReadonlyArray<readonly [number, number, Province]> = [
  [1000, 1299, 'BE-BRU'],
  [1300, 1499, 'BE-WBR'],
  [1500, 1999, 'BE-VBR'],
  [2000, 2999, 'BE-VAN'],
  [3000, 3499, 'BE-VBR'],
  [3500, 3999, 'BE-VLI'],
  [4000, 4999, 'BE-WLG'],
  [5000, 5999, 'BE-WNA'],
  [6000, 6599, 'BE-WHT'],
  [6600, 6999, 'BE-WLX'],
  [7000, 7999, 'BE-WHT'],
  [8000, 8999, 'BE-VWV'],
  [9000, 9999, 'BE-VOV'],
];

/** The province of a four-digit Belgian postcode, or null when it is not one. */
export function provinceForPostcode(postcode: string | number): Province | null {
  const text = String(postcode).trim();
  if (!/^\d{4}$/.test(text)) return null;
  const value = Number(text);
  const range = POSTCODE_RANGES.find(([from, to]) => value >= from && value <= to);
  return range ? range[2] : null;
}

export function regionOf(province: Province): Region {
  if (province === 'BE-BRU') return 'brussels';
  return province.startsWith('BE-V') ? 'flanders' : 'wallonia';
}
