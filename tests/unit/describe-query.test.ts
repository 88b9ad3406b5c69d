import { describe, expect, it } from 'vitest';
import { describeQuery } from '@/lib/triage/describe-query';
import { DEFAULT_QUERY, triageSearchParams } from '@/lib/triage/query';

describe('describeQuery: a stored view as the filters people chose', () => {
  it('says nothing for the default view (every member, priority first)', () => {
    expect(describeQuery('')).toEqual([]);
    expect(describeQuery(triageSearchParams(DEFAULT_QUERY).toString())).toEqual([]);
  });

  it('takes every filter apart, in the order of the filter bar', () => {
    const view =
      'class=winner,shifter&province=BE-VLI&sector=56&uses=webshop&notUses=instagram&revenue=down_big&scoreMin=20&scoreMax=60' +
      '&advisor=mine&followUp=overdue&q=bakker&sort=name&dir=asc';
    expect(describeQuery(view)).toEqual([
      { filter: 'search', text: 'bakker' },
      { filter: 'province', provinces: ['BE-VLI'] },
      { filter: 'class', classes: ['winner', 'shifter'] },
      { filter: 'sector', code: '56' },
      { filter: 'uses', channel: 'webshop' },
      { filter: 'notUses', channel: 'instagram' },
      { filter: 'revenue', band: 'down_big' },
      { filter: 'score', min: 20, max: 60 },
      { filter: 'advisor', advisor: 'mine' },
      { filter: 'followUp', band: 'overdue' },
      { filter: 'sort', column: 'name', dir: 'asc' },
    ]);
  });

  it('names an advisor by id, a one-sided score range, and leaves out paging and what it cannot read', () => {
    const id = '0b5c7a52-3f7e-4b7a-9d1e-2f8c6a4d9e10';
    expect(describeQuery(`advisor=${id}&scoreMax=30&page=3&size=100&class=nonsense`)).toEqual([
      { filter: 'score', min: undefined, max: 30 },
      { filter: 'advisor', advisor: { id } },
    ]);
  });

  it('names the "help asked" filter after the follow-up planning, as in the filter bar', () => {
    expect(describeQuery('help=1&followUp=none')).toEqual([{ filter: 'followUp', band: 'none' }, { filter: 'help' }]);
  });
});
