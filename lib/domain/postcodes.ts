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
