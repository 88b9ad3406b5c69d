/** Follow-ups: the kinds of contact, their states and the limits of what an advisor writes. */
export const FOLLOW_UP_KINDS = ['call', 'visit', 'video_call', 'email', 'workshop'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const SUMMARY_MAX = 5_000;
export const NEXT_STEP_MAX = 1_000;
export const REASON_MAX = 500;

/**
 * When a completed follow-up's contact happened, unless the advisor says otherwise: the time it
 * already has, else its due time once that has passed, else now. The completion form pre-fills
 * this and the data layer falls back to it, so completing never moves a contact to "now".
 */
export function contactTime(followUp: { happenedAt: Date | null; dueAt: Date | null }, now: Date): Date {
  if (followUp.happenedAt) return followUp.happenedAt;
  if (followUp.dueAt && followUp.dueAt.getTime() <= now.getTime()) return followUp.dueAt;
  return now;
}
