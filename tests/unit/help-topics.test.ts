import { describe, expect, it } from 'vitest';
import { NEEDS } from '@/lib/domain/channels';
import { HELP_TOPICS, topicsInOrder } from '@/lib/domain/help-requests';

describe('topicsInOrder: the member’s own needs first, then the others', () => {
  it.each([
    { needs: [], own: [], rest: [...NEEDS] },
    { needs: ['payments', 'webshop'], own: ['webshop', 'payments'], rest: NEEDS.filter((n) => n !== 'webshop' && n !== 'payments') },
    { needs: [...NEEDS], own: [...NEEDS], rest: [] },
    // A need no longer offered (an old profile) is not a topic.
    { needs: ['fax_machine', 'social_media'], own: ['social_media'], rest: NEEDS.filter((n) => n !== 'social_media') },
  ])('$needs', ({ needs, own, rest }) => {
    expect(topicsInOrder(needs)).toEqual({ own, rest });
  });

  it('offers every need once, and "other" last', () => {
    expect(HELP_TOPICS).toEqual([...NEEDS, 'other']);
  });
});
