import { describe, expect, it } from 'vitest';
import { digitalScore } from '@/lib/domain/digital-score';
import { NEED_CHANNELS, recommendNextSteps } from '@/lib/domain/recommendations';
import { NEEDS } from '@/lib/domain/channels';

describe('recommendNextSteps', () => {
  it('never recommends a channel already in use, and gives three', () => {
    const statuses = { website: 'in_use', facebook: 'in_use' } as const;
    const result = recommendNextSteps(statuses, [], digitalScore(statuses).dimensions, null);
    expect(result).toHaveLength(3);
    expect(result.map((r) => r.channel)).not.toContain('website');
  });

  it('puts what peers use and what the member needs first', () => {
    const statuses = { website: 'in_use', facebook: 'in_use', google_business_profile: 'in_use' } as const;
    const result = recommendNextSteps(statuses, ['online_ordering'], digitalScore(statuses).dimensions, {
      online_ordering: 0.6,
      webshop: 0.1,
      online_booking: 0.3,
    });
    expect(result[0]).toEqual({
      channel: 'online_ordering',
      reasons: [
        { kind: 'peers', share: 0.6 },
        { kind: 'need', need: 'online_ordering' },
      ],
    });
    expect(result.map((r) => r.channel)).toContain('online_booking');
  });

  it('ranks a planned channel that answers a need above an unplanned one', () => {
    const statuses = { instagram: 'planned' } as const;
    const result = recommendNextSteps(statuses, ['social_media'], digitalScore(statuses).dimensions, null);
    expect(result.map((r) => r.channel)).toEqual(['instagram', 'whatsapp_business', 'facebook']);
    expect(result[0]!.reasons).toEqual([{ kind: 'need', need: 'social_media' }, { kind: 'planned' }]);
  });

  it('has channels for every need', () => {
    for (const need of NEEDS) expect(NEED_CHANNELS[need].length).toBeGreaterThan(0);
  });
});
