import { describe, expect, it } from 'vitest';
import { planDemoBusinesses } from '@/lib/seed/demo';
import { parseEnterpriseNumber } from '@/lib/domain/enterprise-number';
import { allLocalities } from '@/lib/reference/postcodes';
import { PROVINCES, provinceForPostcode } from '@/lib/domain/provinces';

describe('demo businesses', () => {
  const planned = planDemoBusinesses();
  const known = new Set(allLocalities().map((l) => `${l.postcode} ${l.locality}`));

  it('are the same on every run', () => {
    const again = planDemoBusinesses();
    expect(again.map((b) => [b.name, b.enterpriseNumber, b.postcode])).toEqual(planned.map((b) => [b.name, b.enterpriseNumber, b.postcode]));
  });

  it('cover every province and at least 25 sectors', () => {
    expect(planned.length).toBeGreaterThanOrEqual(300);
    expect(new Set(planned.map((b) => b.province))).toEqual(new Set(PROVINCES));
    expect(new Set(planned.map((b) => b.naceCode)).size).toBeGreaterThanOrEqual(25);
  });

  it('have valid, unique enterprise numbers and unique names', () => {
    expect(planned.every((b) => parseEnterpriseNumber(b.enterpriseNumber).ok)).toBe(true);
    expect(new Set(planned.map((b) => b.enterpriseNumber)).size).toBe(planned.length);
    expect(new Set(planned.map((b) => b.name)).size).toBe(planned.length);
  });

  it('lie in real localities of their own province', () => {
    for (const business of planned) {
      expect(known.has(`${business.postcode} ${business.locality}`)).toBe(true);
      expect(provinceForPostcode(business.postcode!)).toBe(business.province);
    }
  });

  it('keep the denormalised channel summary in step with the statuses', () => {
    for (const business of planned) {
      const inUse = Object.entries(business.channels)
        .filter(([, s]) => s === 'in_use')
        .map(([c]) => c);
      expect([...(business.channelsInUse ?? [])].sort()).toEqual(inUse.sort());
      expect(business.channelsInUseCount).toBe(inUse.length);
    }
  });
});
