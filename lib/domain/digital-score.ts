import type { Channel, ChannelStatus } from './channels';

/**
 * Digital maturity score, modelled on the EU Digital Maturity Assessment: a score per dimension,
 * the overall score the mean of the dimension scores. Documented for members at /[locale]/digital-score.
 *
 * - Each channel belongs to one dimension and earns points by status:
 *   in use 1, planned 0.4, aware 0.1, unaware 0.
 * - A dimension's score is its points against a target — the number of channels in use that makes
 *   a small business fully mature there (not every channel is needed: "not everyone needs a
 *   webshop") — capped at 100.
 */
export const DIMENSIONS = ['visibility', 'reachability', 'onlineSales', 'communication', 'customerData'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_CHANNELS: Record<Dimension, { channels: readonly Channel[]; target: number }> = {
  visibility: { channels: ['website', 'google_business_profile', 'facebook', 'instagram', 'linkedin', 'x_twitter'], target: 3 },
  reachability: { channels: ['whatsapp_business', 'video_calls', 'online_booking', 'live_video_selling'], target: 2 },
  onlineSales: { channels: ['webshop', 'online_ordering', 'online_payments', 'marketplaces'], target: 2 },
  communication: { channels: ['email_newsletter', 'bulk_sms', 'blog'], target: 1.5 },
  customerData: { channels: ['customer_file'], target: 1 },
};

const STATUS_POINTS: Record<ChannelStatus, number> = { unaware: 0, aware: 0.1, planned: 0.4, in_use: 1 };

export type DimensionScores = Record<Dimension, number>;

export interface DigitalScore {
  overall: number;
  dimensions: DimensionScores;
}

export function dimensionOf(channel: Channel): Dimension {
  const dimension = DIMENSIONS.find((d) => DIMENSION_CHANNELS[d].channels.includes(channel));
  if (!dimension) throw new Error(`channel ${channel} belongs to no dimension`);
  return dimension;
}

/** Scores a set of channel statuses; a channel not mentioned counts as unaware. */
export function digitalScore(statuses: Partial<Record<Channel, ChannelStatus>>): DigitalScore {
  const dimensions = {} as DimensionScores;
  for (const dimension of DIMENSIONS) {
    const { channels, target } = DIMENSION_CHANNELS[dimension];
    const points = channels.reduce((sum, channel) => sum + STATUS_POINTS[statuses[channel] ?? 'unaware'], 0);
    dimensions[dimension] = Math.round(Math.min(1, points / target) * 100);
  }
  const overall = Math.round(DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0) / DIMENSIONS.length);
  return { overall, dimensions };
}
