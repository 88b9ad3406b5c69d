import { readFileSync } from 'node:fs';
import path from 'node:path';
import { provinceForPostcode, type Province } from './provinces';

export interface Locality {
  postcode: string;
  locality: string;
  province: Province;
  longitude: number;
  latitude: number;
}

/** Parse the bpost-derived list (`postcode,locality,longitude,latitude`, no header). */
export function parsePostcodeCsv(text: string): Locality[] {
  const localities: Locality[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const [postcode, locality, longitude, latitude] = line.split(',');
    const province = postcode ? provinceForPostcode(postcode) : null;
    if (!postcode || !locality || !province) continue;
    localities.push({ postcode, locality, province, longitude: Number(longitude), latitude: Number(latitude) });
  }
  return localities;
}

let cache: Locality[] | undefined;

/** Every Belgian locality with its postcode and province, read once from data/be-postcodes.csv. */
export function allLocalities(): Locality[] {
  cache ??= parsePostcodeCsv(readFileSync(path.join(process.cwd(), 'data', 'be-postcodes.csv'), 'utf8'));
  return cache;
}

export function localitiesForPostcode(postcode: string): Locality[] {
  return allLocalities().filter((l) => l.postcode === postcode.trim());
}
