import { randomUUID } from 'node:crypto';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { Badge } from '@/components/ui/badge';
import type { FollowUp } from '@/lib/dal/follow-ups';
import type { CrisisClass } from '@/lib/domain/classification';
import { startOfBrusselsDay, toBrusselsLocalInput } from '@/lib/domain/brussels-time';
import { CancelFollowUpForm, CompleteFollowUpForm, EditFollowUpForm, type FollowUpView, type Owner } from './follow-up-forms';

type ClassChange = { fromClass: CrisisClass | null; toClass: CrisisClass; source: string; reason: string | null; actor: string | null; createdAt: Date };

type Entry = { at: Date; followUp: { followUp: FollowUp; ownerName: string } } | { at: Date; change: ClassChange };

const STATUS_TONES = { open: 'info', done: 'success', cancelled: 'neutral' } as const;

function view(followUp: FollowUp): FollowUpView {
  const local = (date: Date | null) => (date ? toBrusselsLocalInput(date) : '');
  return {
    id: followUp.id,
    version: followUp.version,
    kind: followUp.kind,
    status: followUp.status,
    happenedAt: local(followUp.happenedAt),
    summary: followUp.summary,
    nextStep: followUp.nextStep ?? '',
    nextStepShared: followUp.nextStepShared,
    dueAt: local(followUp.dueAt),
    ownerId: followUp.ownerId,
    cancelReason: followUp.cancelReason ?? '',
  };
}

/** Two weeks after today, at the hour of the follow-up being completed (or 10:00): the next one's suggested date. */
function suggestedNextDue(followUp: FollowUp): string {
  const day = toBrusselsLocalInput(startOfBrusselsDay(new Date(), 14)).slice(0, 10);
  const time = followUp.dueAt ? toBrusselsLocalInput(followUp.dueAt).slice(11) : '10:00';
  return `${day}T${time}`;
}

/** A form behind a link-styled toggle, so the timeline stays short until an advisor acts. */
function Disclosure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="w-full">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-800 underline underline-offset-2">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/**
 * A member's follow-ups and class changes, newest first, each follow-up with what can be done to
 * it (edit; complete or cancel while open; download as .ics while scheduled).
 */
export async function FollowUpTimeline({
  followUps,
  classChanges,
  owners,
}: {
  followUps: Array<{ followUp: FollowUp; ownerName: string }>;
  classChanges: ClassChange[];
  owners: Owner[];
}) {
  const [t, tKinds, tStatus, tClasses, tBusiness, format] = await Promise.all([
    getTranslations('followUps'),
    getTranslations('followUpKinds'),
    getTranslations('followUpStatus'),
    getTranslations('classes'),
    getTranslations('businessPage'),
    getFormatter(),
  ]);
  const entries: Entry[] = [
    ...followUps.map((f) => ({ at: f.followUp.happenedAt ?? f.followUp.dueAt ?? f.followUp.createdAt, followUp: f })),
    ...classChanges.map((change) => ({ at: change.createdAt, change })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const now = new Date();

  if (entries.length === 0) return <p className="text-slate-700">{t('timelineEmpty')}</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="timeline">
      {entries.map((entry) => {
        if ('change' in entry) {
          const { change } = entry;
          return (
            <li
              key={`class-${change.createdAt.toISOString()}-${change.toClass}`}
              data-kind="class"
              className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm"
            >
              <span className="font-medium">
                {t('classChange', { from: change.fromClass ? tClasses(change.fromClass) : '—', to: tClasses(change.toClass) })}
              </span>{' '}
              <span className="text-slate-600">
                · {tBusiness(`sources.${change.source as 'computed'}`)}
                {change.actor ? ` · ${change.actor}` : ''} · {when(change.createdAt)}
              </span>
              {change.reason ? <span className="block text-slate-800">{change.reason}</span> : null}
            </li>
          );
        }
        const { followUp, ownerName } = entry.followUp;
        const overdue = followUp.status === 'open' && followUp.dueAt !== null && followUp.dueAt < now;
        const data = view(followUp);
        return (
          <li
            key={followUp.id}
            data-kind="follow-up"
            data-testid={`follow-up-${followUp.id}`}
            className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white px-4 py-3"
          >
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{tKinds(followUp.kind)}</span>
              <Badge tone={STATUS_TONES[followUp.status]}>{tStatus(followUp.status)}</Badge>
              {overdue ? <Badge tone="danger">{t('overdue')}</Badge> : null}
              <span className="text-sm text-slate-600">
                {followUp.happenedAt ? when(followUp.happenedAt) : null}
                {followUp.dueAt ? ` · ${t('due', { date: when(followUp.dueAt) })}` : null} · {t('by', { name: ownerName })}
              </span>
            </p>
            {followUp.summary ? <p className="whitespace-pre-line text-sm text-slate-800">{followUp.summary}</p> : null}
            {followUp.nextStep ? (
              <p className="text-sm">
                <span className="font-medium">{t('fields.nextStep')}:</span> {followUp.nextStep}
                {followUp.nextStepShared ? <span className="ml-2 text-xs text-slate-600">({t('shared')})</span> : null}
              </p>
            ) : null}
            {followUp.cancelReason ? <p className="text-sm text-slate-700">{t('cancelledBecause', { reason: followUp.cancelReason })}</p> : null}
            <div className="flex flex-wrap gap-2">
              <Disclosure label={t('edit')}>
                <EditFollowUpForm followUp={data} owners={owners} />
              </Disclosure>
              {followUp.status === 'open' ? (
                <>
                  <Disclosure label={t('complete')}>
                    <CompleteFollowUpForm followUp={data} owners={owners} nextKey={randomUUID()} suggestedDue={suggestedNextDue(followUp)} />
                  </Disclosure>
                  <Disclosure label={t('cancel')}>
                    <CancelFollowUpForm followUp={data} />
                  </Disclosure>
                </>
              ) : null}
              {followUp.status === 'open' && followUp.dueAt ? (
                <a
                  href={`/api/follow-ups/${followUp.id}/ics`}
                  download
                  className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline underline-offset-2"
                >
                  {t('ics')}
                </a>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
