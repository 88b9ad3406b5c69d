import { describe, expect, it } from 'vitest';
import { NACE_2008_CATALOGUE } from '@/lib/nace/catalogue-2008';
import { DEFAULT_SECTOR_IMPACTS, exposureFor } from '@/lib/domain/sector-impact-defaults';
import { DEMO_SECTORS } from '@/lib/seed/demo-catalogue';
import { FEATURED_BUSINESSES } from '@/lib/seed/demo-people';

const codes = new Set(NACE_2008_CATALOGUE.map((entry) => entry.code));

describe('NACE-BEL starter catalogue', () => {
  it('has all 21 sections and 88 divisions with unique codes', () => {
    expect(NACE_2008_CATALOGUE.filter((e) => e.level === 'section')).toHaveLength(21);
    expect(NACE_2008_CATALOGUE.filter((e) => e.level === 'division')).toHaveLength(88);
    expect(codes.size).toBe(NACE_2008_CATALOGUE.length);
  });

  it('links every entry to an existing parent one level up', () => {
    const order = ['section', 'division', 'group', 'class', 'subclass'];
    const byCode = new Map(NACE_2008_CATALOGUE.map((e) => [e.code, e]));
    for (const entry of NACE_2008_CATALOGUE) {
      if (entry.level === 'section') {
        expect(entry.parent).toBeNull();
        continue;
      }
      const parent = byCode.get(entry.parent ?? '');
      expect(parent, `parent of ${entry.code}`).toBeDefined();
      expect(order.indexOf(parent!.level)).toBe(order.indexOf(entry.level) - 1);
    }
  });

  it('contains every sector code used by the demo data', () => {
    const used = [...DEMO_SECTORS.map((s) => s.code), ...FEATURED_BUSINESSES.map((b) => b.naceCode)];
    expect(used.filter((code) => !codes.has(code))).toEqual([]);
  });
});

describe('default sector impact table', () => {
  it('lets the longest prefix win', () => {
    expect(exposureFor('56.102', DEFAULT_SECTOR_IMPACTS)).toBe('adaptable'); // chip shop
    expect(exposureFor('56.301', DEFAULT_SECTOR_IMPACTS)).toBe('structural'); // café
    expect(exposureFor('47.711', DEFAULT_SECTOR_IMPACTS)).toBe('adaptable'); // clothing
    expect(exposureFor('47.910', DEFAULT_SECTOR_IMPACTS)).toBe('resilient'); // e-commerce
    expect(exposureFor('79.110', DEFAULT_SECTOR_IMPACTS)).toBe('structural'); // travel
    expect(exposureFor('82.300', DEFAULT_SECTOR_IMPACTS)).toBe('structural'); // events
    expect(exposureFor('96.022', DEFAULT_SECTOR_IMPACTS)).toBe('structural'); // beauty
    expect(exposureFor('86.904', DEFAULT_SECTOR_IMPACTS)).toBe('resilient'); // psychologist
    expect(exposureFor('99.000', DEFAULT_SECTOR_IMPACTS)).toBeNull();
  });

  it('uses prefixes that exist in the catalogue', () => {
    const missing = DEFAULT_SECTOR_IMPACTS.filter((row) => ![...codes].some((code) => code.startsWith(row.prefix)));
    expect(missing.map((row) => row.prefix)).toEqual([]);
  });
});
