import { CHANNELS, type Channel, type ChannelStatus } from '@/lib/domain/channels';

export interface ChannelAdoption {
  channel: Channel;
  /** Businesses per status; a member who gave no status for the channel counts as unaware. */
  businesses: Record<ChannelStatus, number>;
}

/**
 * Per channel of the catalogue, how many of `members` businesses are unaware of it, aware,
 * planning it or using it, from the channel status counts. Unaware is what is left: members who
 * said so and members who said nothing about the channel.
 */
export function channelAdoption(counts: ReadonlyArray<{ channel: Channel; status: ChannelStatus; businesses: number }>, members: number): ChannelAdoption[] {
  return CHANNELS.map((channel) => {
    const of = (status: ChannelStatus) => counts.filter((c) => c.channel === channel && c.status === status).reduce((sum, c) => sum + c.businesses, 0);
    const aware = of('aware');
    const planned = of('planned');
    const inUse = of('in_use');
    return { channel, businesses: { unaware: Math.max(0, members - aware - planned - inUse), aware, planned, in_use: inUse } };
  });
}

/** A share in whole percent of `total` (0 for an empty group). */
export const percentOf = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 100) : 0);

/** The statuses in the order the bars stack them: from using to unaware. */
export const ADOPTION_ORDER: readonly ChannelStatus[] = ['in_use', 'planned', 'aware', 'unaware'];

/**
 * The Dutch retail board's (HBD) Monitor ICT, as quoted in the programme's source text (retailers
 * with a physical shop; the text gives no year): its figures beside the channels they are about.
 * The sentence that says what each percentage counts is `programme.monitor.<key>`.
 */
export type MonitorFigure = 'socialNetworks' | 'otherSocialMedia' | 'bulkSms' | 'email' | 'weblogs' | 'twitter' | 'customerData';
export const RETAIL_MONITOR: Partial<Record<Channel, { percent: number; key: MonitorFigure }>> = {
  facebook: { percent: 79, key: 'socialNetworks' },
  instagram: { percent: 21, key: 'otherSocialMedia' },
  linkedin: { percent: 21, key: 'otherSocialMedia' },
  bulk_sms: { percent: 83, key: 'bulkSms' },
  email_newsletter: { percent: 22, key: 'email' },
  blog: { percent: 13, key: 'weblogs' },
  x_twitter: { percent: 13, key: 'twitter' },
  customer_file: { percent: 75, key: 'customerData' },
};
