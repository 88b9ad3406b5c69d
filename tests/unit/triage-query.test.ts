import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, parseTriageQuery, triageSearchParams } from '@/lib/triage/query';

describe('parseTriageQuery', () => {
  it('gives the default view for no parameters', () => {
    expect(parseTriageQuery({})).toEqual({ query: DEFAULT_QUERY, notices: [] });
  });

  it('reads every filter', () => {
    const { query, notices } = parseTriageQuery({
      province: 'BE-VLI,BE-VAN',
      class: ['shifter', 'winner'],
      sector: '56',
      uses: 'webshop',
      notUses: 'online_ordering',
      revenue: 'down',
      scoreMin: '10',
      scoreMax: '60',
      advisor: 'unassigned',
      q: 'hasselt',
      sort: 'score',
      dir: 'asc',
      size: '50',
      page: '3',
    });
    expect(notices).toEqual([]);
    expect(query).toEqual({
      provinces: ['BE-VLI', 'BE-VAN'],
      classes: ['shifter', 'winner'],
      sector: '56',
      uses: 'webshop',
      notUses: 'online_ordering',
      revenue: 'down',
      scoreMin: 10,
      scoreMax: 60,
      advisor: 'unassigned',
      q: 'hasselt',
      sort: 'score',
      dir: 'asc',
      size: 50,
      page: 3,
    });
  });

  it('falls back to the nearest valid view and names what it ignored', () => {
    const { query, notices } = parseTriageQuery({
      province: 'BE-XXX,BE-VLI',
      class: 'loser',
      sector: "56'; drop table",
      uses: 'telepathy',
      sort: 'password_hash',
      dir: 'sideways',
      size: '1000',
      page: '-1',
      scoreMin: '101',
      advisor: 'not-a-uuid',
      q: 'x'.repeat(10_240),
    });
    expect(query.provinces).toEqual(['BE-VLI']);
    expect(query.classes).toEqual([]);
    expect(query).toMatchObject({
      sector: undefined,
      uses: undefined,
      sort: 'priority',
      dir: 'desc',
      size: 25,
      page: 1,
      scoreMin: undefined,
      advisor: undefined,
    });
    expect(query.q).toHaveLength(100);
    expect(notices.sort()).toEqual(['advisor', 'class', 'dir', 'page', 'province', 'q', 'scoreMin', 'sector', 'size', 'sort', 'uses'].sort());
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const { query } = parseTriageQuery({ province: 'BE-VLI', sort: 'name', dir: 'asc', q: 'frituur' });
    const params = triageSearchParams(query);
    expect(params.toString()).toBe('province=BE-VLI&q=frituur&sort=name&dir=asc');
    expect(parseTriageQuery(Object.fromEntries(params)).query).toEqual(query);
    expect(triageSearchParams(DEFAULT_QUERY).toString()).toBe('');
    expect(triageSearchParams(query, { page: 2 }).get('page')).toBe('2');
  });

  it('reads the "help asked" filter as on or absent, and round-trips it', () => {
    const on = parseTriageQuery({ help: '1', province: 'BE-VLI' });
    expect(on).toEqual({ query: { ...DEFAULT_QUERY, provinces: ['BE-VLI'], help: true }, notices: [] });
    expect(triageSearchParams(on.query).toString()).toBe('province=BE-VLI&help=1');
    expect(parseTriageQuery(Object.fromEntries(triageSearchParams(on.query))).query).toEqual(on.query);
    // Switching it off leaves no trace in the address.
    expect(triageSearchParams(on.query, { help: undefined }).has('help')).toBe(false);
    expect(parseTriageQuery({ help: '' })).toEqual({ query: DEFAULT_QUERY, notices: [] });
    // Anything but "1" is not a view this page makes: ignored, and said so.
    for (const help of ['true', '0', 'yes', '11']) {
      const { query, notices } = parseTriageQuery({ help });
      expect(query.help).toBeUndefined();
      expect(notices).toEqual(['help']);
    }
  });
});
