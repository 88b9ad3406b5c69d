import { CHANNELS, type Channel, type ChannelStatus, type Need } from './channels';
import { DIMENSIONS, dimensionOf, type Dimension, type DimensionScores } from './digital-score';

/** The channels that answer each need a member can tick. */
export const NEED_CHANNELS: Record<Need, readonly Channel[]> = {
  online_visibility: ['website', 'google_business_profile', 'facebook', 'instagram'],
  webshop: ['webshop', 'marketplaces', 'online_payments'],
  social_media: ['facebook', 'instagram', 'linkedin', 'whatsapp_business'],
  online_ordering: ['online_ordering', 'online_payments', 'online_booking'],
  video_consultations: ['video_calls', 'live_video_selling', 'online_booking'],
  customer_data: ['customer_file', 'email_newsletter'],
  payments: ['online_payments'],
  digital_skills: ['website', 'google_business_profile', 'email_newsletter'],
  cyber_security: ['website', 'online_payments'],
};

export type RecommendationReason =
  { kind: 'peers'; share: number } | { kind: 'need'; need: Need } | { kind: 'weakest'; dimension: Dimension } | { kind: 'planned' };

export interface Recommendation {
  channel: Channel;
  reasons: RecommendationReason[];
}

/**
 * Three next steps: channels the member does not use yet, ranked by how many peers use them,
 * whether they answer a need the member ticked, whether they lift the member's weakest dimension,
 * and whether the member already planned them. Ties keep the catalogue order.
 */
export function recommendNextSteps(
  statuses: Partial<Record<Channel, ChannelStatus>>,
  needs: readonly Need[],
  dimensions: DimensionScores,
  peerAdoption: Partial<Record<Channel, number>> | null,
  count = 3,
): Recommendation[] {
  const weakest = [...DIMENSIONS].sort((a, b) => dimensions[a] - dimensions[b])[0]!;
  const candidates = CHANNELS.filter((channel) => statuses[channel] !== 'in_use').map((channel, order) => {
    const reasons: RecommendationReason[] = [];
    let weight = 0;
    const share = peerAdoption?.[channel] ?? 0;
    if (share >= 0.2) reasons.push({ kind: 'peers', share });
    weight += share * 2;
    const need = needs.find((n) => NEED_CHANNELS[n].includes(channel));
    if (need) {
      reasons.push({ kind: 'need', need });
      weight += 1.5;
    }
    if (dimensionOf(channel) === weakest) {
      reasons.push({ kind: 'weakest', dimension: weakest });
      weight += 0.5;
    }
    if (statuses[channel] === 'planned') {
      reasons.push({ kind: 'planned' });
      weight += 0.5;
    }
    return { channel, reasons, weight, order };
  });
  return candidates
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, count)
    .map(({ channel, reasons }) => ({ channel, reasons }));
}
