import { describe, expect, it } from 'vitest';
import { classBars } from '@/lib/programme/class-bars';
import { parseProgrammeFilter, programmeSearch, triageHrefFor } from '@/lib/programme/filter';

describe('the classes at a glance', () => {
  const counts = [
    { province: 'BE-VLI', division: '56', effectiveClass: 'winner' as const, businesses: 3 },
    { province: 'BE-VLI', division: '47', effectiveClass: 'winner' as const, businesses: 2 },
    { province: 'BE-VLI', division: '47', effectiveClass: 'structurally_hit' as const, businesses: 4 },
    { province: 'BE-WLG', division: '56', effectiveClass: 'stable' as const, businesses: 1 },
    { province: 'BE-WLG', division: '', effectiveClass: 'unknown' as const, businesses: 0 },
  ];

  it('adds the counts up into bars, every class in order, the largest bar first', () => {
    const byProvince = classBars(counts, 'province');
    expect(byProvince.map((bar) => [bar.key, bar.total])).toEqual([
      ['BE-VLI', 9],
      ['BE-WLG', 1],
    ]);
    expect(byProvince[0]!.segments).toEqual([
      { effectiveClass: 'winner', businesses: 5 },
      { effectiveClass: 'shifter', businesses: 0 },
      { effectiveClass: 'structurally_hit', businesses: 4 },
      { effectiveClass: 'stable', businesses: 0 },
      { effectiveClass: 'unknown', businesses: 0 },
    ]);
    // A key whose businesses all left is no bar; equal totals keep a stable order.
    expect(classBars(counts, 'division').map((bar) => [bar.key, bar.total])).toEqual([
      ['47', 6],
      ['56', 4],
    ]);
  });

  it('keeps known filters within the viewer’s provinces and names the others', () => {
    const allowed = { provinces: ['BE-VLI'], divisions: new Set(['47', '56']) };
    expect(parseProgrammeFilter({ province: 'BE-VLI', sector: '47' }, allowed)).toEqual({ filter: { province: 'BE-VLI', sector: '47' }, notices: [] });
    expect(parseProgrammeFilter({ province: 'BE-WLG', sector: '4' }, allowed)).toEqual({ filter: {}, notices: ['province', 'sector'] });
    expect(parseProgrammeFilter({ province: 'XX', sector: ['56', '47'] }, allowed)).toEqual({ filter: { sector: '56' }, notices: ['province'] });
    expect(programmeSearch({ province: 'BE-VLI' })).toBe('province=BE-VLI');
  });

  it('links a segment to the triage table with the same province, sector and class', () => {
    expect(triageHrefFor({ sector: '47' }, { province: 'BE-VLI', effectiveClass: 'winner' })).toBe('/advisor?province=BE-VLI&sector=47&class=winner');
    expect(triageHrefFor({ province: 'BE-VLI' }, { sector: '56', effectiveClass: 'stable' })).toBe('/advisor?province=BE-VLI&sector=56&class=stable');
  });
});
