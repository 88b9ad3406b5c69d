import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';
import { DIMENSION_CHANNELS, DIMENSIONS, digitalScore, dimensionOf } from '@/lib/domain/digital-score';

const every = (status: ChannelStatus) => Object.fromEntries(CHANNELS.map((c) => [c, status])) as Record<Channel, ChannelStatus>;

describe('digitalScore', () => {
  it('puts every channel of the catalogue in exactly one dimension', () => {
    const assigned = DIMENSIONS.flatMap((d) => DIMENSION_CHANNELS[d].channels);
    expect([...assigned].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(assigned).size).toBe(assigned.length);
    expect(dimensionOf('webshop')).toBe('onlineSales');
  });

  it.each([
    ['nothing known', {}, 0, { visibility: 0, reachability: 0, onlineSales: 0, communication: 0, customerData: 0 }],
    ['everything in use', every('in_use'), 100, { visibility: 100, reachability: 100, onlineSales: 100, communication: 100, customerData: 100 }],
    ['everything planned', every('planned'), 72, { visibility: 80, reachability: 80, onlineSales: 80, communication: 80, customerData: 40 }],
    ['everything only known', every('aware'), 18, { visibility: 20, reachability: 20, onlineSales: 20, communication: 20, customerData: 10 }],
    [
      // The chip shop of the source texts: ordering and paying online, visible on Facebook and Google.
      'the chip shop',
      {
        online_ordering: 'in_use',
        online_payments: 'in_use',
        facebook: 'in_use',
        google_business_profile: 'in_use',
        website: 'in_use',
        instagram: 'planned',
        customer_file: 'aware',
      },
      42,
      { visibility: 100, reachability: 0, onlineSales: 100, communication: 0, customerData: 10 },
    ],
    ['one webshop', { webshop: 'in_use' }, 10, { visibility: 0, reachability: 0, onlineSales: 50, communication: 0, customerData: 0 }],
  ] as const)('%s', (_name, statuses, overall, dimensions) => {
    expect(digitalScore(statuses as Partial<Record<Channel, ChannelStatus>>)).toEqual({ overall, dimensions });
  });

  it('never exceeds 100 in a dimension, and is the mean of the dimensions', () => {
    const score = digitalScore({ website: 'in_use', facebook: 'in_use', instagram: 'in_use', linkedin: 'in_use', x_twitter: 'in_use' });
    expect(score.dimensions.visibility).toBe(100);
    expect(score.overall).toBe(20);
  });
});
