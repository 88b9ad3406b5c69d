import { allLocalities } from './postcodes';

let cache: Record<string, string[]> | undefined;

/** Postcode → its localities, for the profile form's locality choice (sent to the browser once). */
export function postcodeLocalityMap(): Record<string, string[]> {
  if (!cache) {
    const map: Record<string, string[]> = {};
    for (const { postcode, locality } of allLocalities()) (map[postcode] ??= []).push(locality);
    cache = map;
  }
  return cache;
}
