/** Follow-ups: the kinds of contact, their states and the limits of what an advisor writes. */
export const FOLLOW_UP_KINDS = ['call', 'visit', 'video_call', 'email', 'workshop'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export const SUMMARY_MAX = 5_000;
export const NEXT_STEP_MAX = 1_000;
export const REASON_MAX = 500;
