import type { FollowUp } from '@/lib/dal/follow-ups';
import { contactTime } from '@/lib/domain/follow-ups';
import { startOfBrusselsDay, toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import type { FollowUpView } from './follow-up-forms';

/** What a follow-up's forms need of it; the queue has no summary or cancel reason to give. */
type ViewedFollowUp = Pick<FollowUp, 'id' | 'version' | 'kind' | 'status' | 'happenedAt' | 'nextStep' | 'nextStepShared' | 'dueAt' | 'ownerId'> &
  Partial<Pick<FollowUp, 'summary' | 'cancelReason'>>;

/** Two weeks after today, at the hour of the follow-up being completed (or 10:00): the next one's suggested date. */
function suggestedNextDue(followUp: ViewedFollowUp, now: Date): string {
  const day = toBrusselsLocalInput(startOfBrusselsDay(now, 14)).slice(0, 10);
  const time = followUp.dueAt ? toBrusselsLocalInput(followUp.dueAt).slice(11) : '10:00';
  return `${day}T${time}`;
}

/** A follow-up as its forms need it (the forms run in the browser: plain strings in Brussels time). */
export function followUpView(followUp: ViewedFollowUp, now: Date): FollowUpView {
  const local = (date: Date | null) => (date ? toBrusselsLocalInput(date) : '');
  return {
    id: followUp.id,
    version: followUp.version,
    kind: followUp.kind,
    status: followUp.status,
    happenedAt: local(followUp.happenedAt),
    summary: followUp.summary ?? '',
    nextStep: followUp.nextStep ?? '',
    nextStepShared: followUp.nextStepShared,
    dueAt: local(followUp.dueAt),
    ownerId: followUp.ownerId,
    cancelReason: followUp.cancelReason ?? '',
    contactAt: local(contactTime(followUp, now)),
    suggestedNextDue: suggestedNextDue(followUp, now),
  };
}
