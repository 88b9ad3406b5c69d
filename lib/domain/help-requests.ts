import { NEEDS, type Need } from './channels';

/** What a member may ask an advisor about: one of the needs of the profile, or something else in their own words. */
export const HELP_TOPICS = [...NEEDS, 'other'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** The longest message a member can add to a request. */
export const HELP_MESSAGE_MAX = 1_000;

/**
 * The topics in the order the form offers them: the member's own needs first (what they told us
 * they want help with, in the order of the needs list), then the other needs, then "other".
 */
export function topicsInOrder(ownNeeds: readonly string[]): { own: Need[]; rest: Need[] } {
  const own = NEEDS.filter((need) => ownNeeds.includes(need));
  return { own, rest: NEEDS.filter((need) => !own.includes(need)) };
}
