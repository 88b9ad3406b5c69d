import { CHANNELS, type Channel, type ChannelStatus } from './channels';
import { digitalScore } from './digital-score';

/**
 * What the businesses row keeps about its channel statuses, so the triage table, peer comparison
 * and exports need no join over ten rows per business: the channels in use and the score.
 */
export function channelSummary(statuses: Partial<Record<Channel, ChannelStatus>>) {
  const channelsInUse = CHANNELS.filter((channel) => statuses[channel] === 'in_use');
  const score = digitalScore(statuses);
  return {
    channelsInUse,
    channelsInUseCount: channelsInUse.length,
    digitalScore: score.overall,
    digitalDimensions: score.dimensions as Record<string, number>,
  };
}
