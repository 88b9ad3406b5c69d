import { describe, expect, it } from 'vitest';
import { foldForSearch } from '@/lib/domain/search-text';
import { NACE_2008_CATALOGUE } from '@/lib/nace/catalogue-2008';
import { EVERYDAY_TRADES, everydayWordCodes, everydayWordsFor } from '@/lib/nace/everyday-words';

const codes = (typed: string) => everydayWordCodes(foldForSearch(typed));

describe('everyday words for NACE codes', () => {
  it.each(['slager', 'Slager', 'SLAGERIJ', 'slagers', 'beenhouwer', 'boucher', 'Boucherie', 'butcher', 'butchers'])('%j names the butchers', (typed) => {
    expect(codes(typed)).toEqual(['10.13', '47.22']);
  });

  it.each([
    ['kapper', '96.021'],
    ['coiffeur', '96.021'],
    ['coiffeuse', '96.021'],
    ['hairdresser', '96.021'],
    ['bakker', '10.71'],
    ['boulanger', '10.71'],
    ['baker', '10.71'],
    ['frituur', '56.102'],
    ['friterie', '56.102'],
    ['chip shop', '56.102'],
    ['apotheek', '47.73'],
    ['pâtisserie', '10.71'],
    ['patisserie', '10.71'],
    ['électricien', '43.21'],
    ['elektricien', '43.21'],
    ['schrijnwerker', '43.32'],
    ['fietsenwinkel', '47.64'],
    ['opticien', '47.782'],
    ['dierenarts', '75'],
    ['tandarts', '86.23'],
    ['kinesist', '86.90'],
    ['boekhouder', '69.20'],
    ['webdesign', '62.01'],
    ['webdesigner', '62.01'],
    ['IT', '62'],
    ['bar', '56.301'],
    ['café', '56.301'],
  ])('%j names code %s', (typed, code) => {
    expect(codes(typed)).toContain(code);
  });

  it('does not take a longer word or a search for a business for a trade', () => {
    // Short words count only in full; a word with more after it is a name, not a trade.
    for (const typed of ['barbara', 'items', 'bakkerij 12', 'slager gent', 'slag', 'de slager', 'peeters']) expect(codes(typed), typed).toEqual([]);
  });

  it('gives a code the words of every trade that covers it, and not its parents', () => {
    expect(everydayWordsFor('47.221')).toEqual(expect.arrayContaining(['slager', 'slagerij', 'boucher', 'butcher']));
    expect(everydayWordsFor('47.22')).toContain('slager');
    expect(everydayWordsFor('47.2')).not.toContain('slager');
    expect(everydayWordsFor('62.010')).toEqual(expect.arrayContaining(['it', 'webdesign']));
    expect(everydayWordsFor('01.130')).toEqual([]);
  });

  it('has words in all three languages for every trade, and about fifty trades', () => {
    expect(EVERYDAY_TRADES.length).toBeGreaterThanOrEqual(50);
    for (const trade of EVERYDAY_TRADES) {
      for (const language of ['nl', 'fr', 'en'] as const) expect(trade[language].length, `${trade.codes.join()} ${language}`).toBeGreaterThan(0);
    }
  });

  it('maps to NACE-BEL 2008 codes: in the starter catalogue, or (a known few) under a division it has', () => {
    const catalogue = new Set(NACE_2008_CATALOGUE.map((entry) => entry.code));
    const onlyInOfficialList = ['47.21', '47.23', '47.59', '47.62', '47.72', '66.22', '96.03'];
    for (const code of EVERYDAY_TRADES.flatMap((trade) => trade.codes)) {
      expect(code, code).toMatch(/^\d{2}(\.\d{1,3})?$/);
      expect(catalogue.has(code) || (onlyInOfficialList.includes(code) && catalogue.has(code.slice(0, 2))), code).toBe(true);
    }
  });
});
