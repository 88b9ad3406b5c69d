import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePostcodeCsv, type Locality } from '@/lib/domain/postcodes';

// The file is read here, not in lib/domain, so the domain stays free of I/O (and testable with any list).
let localities: Locality[] | undefined;
let localitiesByPostcode: Record<string, string[]> | undefined;

/** Every Belgian locality with its postcode and province, read once from data/be-postcodes.csv. */
export function allLocalities(): Locality[] {
  localities ??= parsePostcodeCsv(readFileSync(path.join(process.cwd(), 'data', 'be-postcodes.csv'), 'utf8'));
  return localities;
}

export function localitiesForPostcode(postcode: string): Locality[] {
  return allLocalities().filter((l) => l.postcode === postcode.trim());
}

/** Postcode → its localities, for the profile form's locality choice (sent to the browser once). */
export function postcodeLocalityMap(): Record<string, string[]> {
  if (!localitiesByPostcode) {
    const map: Record<string, string[]> = {};
    for (const { postcode, locality } of allLocalities()) (map[postcode] ??= []).push(locality);
    localitiesByPostcode = map;
  }
  return localitiesByPostcode;
}
