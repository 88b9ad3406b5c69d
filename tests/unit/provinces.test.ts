import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceForPostcode, regionOf } from '@/lib/domain/provinces';
import { parsePostcodeCsv } from '@/lib/domain/postcodes';

describe('provinceForPostcode', () => {
  it.each([
    ['1000', 'BE-BRU'],
    ['1299', 'BE-BRU'],
    ['1300', 'BE-WBR'],
    ['1499', 'BE-WBR'],
    ['1500', 'BE-VBR'],
    ['1999', 'BE-VBR'],
    ['2000', 'BE-VAN'],
    ['2999', 'BE-VAN'],
    ['3000', 'BE-VBR'],
    ['3499', 'BE-VBR'],
    ['3500', 'BE-VLI'],
    ['3999', 'BE-VLI'],
    ['4000', 'BE-WLG'],
    ['4999', 'BE-WLG'],
    ['5000', 'BE-WNA'],
    ['5999', 'BE-WNA'],
    ['6000', 'BE-WHT'],
    ['6599', 'BE-WHT'],
    ['6600', 'BE-WLX'],
    ['6999', 'BE-WLX'],
    ['7000', 'BE-WHT'],
    ['7999', 'BE-WHT'],
    ['8000', 'BE-VWV'],
    ['8999', 'BE-VWV'],
    ['9000', 'BE-VOV'],
    ['9999', 'BE-VOV'],
  ])('%s lies in %s', (postcode, province) => {
    expect(provinceForPostcode(postcode)).toBe(province);
  });

  it.each(['0999', '999', '10000', 'abcd', '', '1000a'])('%s is no Belgian postcode', (postcode) => {
    expect(provinceForPostcode(postcode)).toBeNull();
  });

  it('gives every postcode of the reference list a province, and every province some postcodes', () => {
    const localities = parsePostcodeCsv(readFileSync('data/be-postcodes.csv', 'utf8'));
    expect(localities).toHaveLength(2757);
    expect(new Set(localities.map((l) => l.postcode)).size).toBe(1145);
    expect(new Set(localities.map((l) => l.province))).toEqual(new Set(PROVINCES));
  });

  it('knows the region of each province', () => {
    expect(regionOf('BE-BRU')).toBe('brussels');
    expect(regionOf('BE-VLI')).toBe('flanders');
    expect(regionOf('BE-WLX')).toBe('wallonia');
  });
});
