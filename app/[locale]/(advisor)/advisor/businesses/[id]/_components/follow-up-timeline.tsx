import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { Badge } from '@/components/ui/badge';
import type { FollowUp } from '@/lib/dal/follow-ups';
import type { CrisisClass } from '@/lib/domain/classification';
import { FollowUpActions } from './follow-up-actions';
import { followUpView } from './follow-up-view';
import type { Owner } from './log-contact-form';

type ClassChange = { fromClass: CrisisClass | null; toClass: CrisisClass; source: string; reason: string | null; actor: string | null; createdAt: Date };
type Row = { followUp: FollowUp; ownerName: string };

const STATUS_TONES = { open: 'info', done: 'success', cancelled: 'neutral' } as const;

/** One follow-up: kind, status, when, who, the texts, and its actions on one row. */
async function FollowUpCard({ row, owners, now }: { row: Row; owners: Owner[]; now: Date }) {
  const [t, tKinds, tStatus, format] = await Promise.all([
    getTranslations('followUps'),
    getTranslations('followUpKinds'),
    getTranslations('followUpStatus'),
    getFormatter(),
  ]);
  const { followUp, ownerName } = row;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const overdue = followUp.status === 'open' && followUp.dueAt !== null && followUp.dueAt < now;
  const meta = [
    followUp.happenedAt ? when(followUp.happenedAt) : null,
    followUp.status === 'open' && followUp.dueAt ? t('due', { date: when(followUp.dueAt) }) : null,
    t('by', { name: ownerName }),
  ].filter(Boolean);
  return (
    <li
      data-kind="follow-up"
      data-testid={`follow-up-${followUp.id}`}
      className="flex flex-col gap-1.5 rounded-md border border-slate-200 bg-white px-3 py-2.5"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold">{tKinds(followUp.kind)}</span>
        <Badge tone={STATUS_TONES[followUp.status]}>{tStatus(followUp.status)}</Badge>
        {overdue ? <Badge tone="danger">{t('overdue')}</Badge> : null}
        <span className="text-slate-600" data-testid="follow-up-meta">
          {meta.join(' · ')}
        </span>
      </p>
      {followUp.summary ? <p className="whitespace-pre-line text-slate-800">{followUp.summary}</p> : null}
      {followUp.nextStep ? (
        <p>
          <span className="font-medium">{t('fields.nextStep')}:</span> {followUp.nextStep}
          {followUp.nextStepShared ? <span className="ml-2 text-xs text-slate-600">({t('shared')})</span> : null}
        </p>
      ) : null}
      {followUp.cancelReason ? <p className="text-slate-700">{t('cancelledBecause', { reason: followUp.cancelReason })}</p> : null}
      <FollowUpActions followUp={followUpView(followUp, now)} owners={owners} label={`${tKinds(followUp.kind)} · ${meta.join(' · ')}`} />
    </li>
  );
}

/** The open follow-ups, soonest first: what is planned with this member. */
export async function OpenFollowUps({ followUps, owners, empty }: { followUps: Row[]; owners: Owner[]; empty: string }) {
  const now = new Date();
  const open = followUps
    .filter((f) => f.followUp.status === 'open')
    .sort((a, b) => (a.followUp.dueAt?.getTime() ?? Infinity) - (b.followUp.dueAt?.getTime() ?? Infinity));
  if (open.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ol className="flex flex-col gap-2" data-testid="open-follow-ups">
      {open.map((row) => (
        <FollowUpCard key={row.followUp.id} row={row} owners={owners} now={now} />
      ))}
    </ol>
  );
}

/** Contacts that happened or were cancelled, and class changes, newest first. */
export async function FollowUpHistory({
  followUps,
  classChanges,
  owners,
  empty,
}: {
  followUps: Row[];
  classChanges: ClassChange[];
  owners: Owner[];
  empty: string;
}) {
  const [t, tClasses, tBusiness, format] = await Promise.all([
    getTranslations('followUps'),
    getTranslations('classes'),
    getTranslations('businessPage'),
    getFormatter(),
  ]);
  const now = new Date();
  const entries = [
    ...followUps
      .filter((f) => f.followUp.status !== 'open')
      .map((row) => ({ at: row.followUp.happenedAt ?? row.followUp.dueAt ?? row.followUp.createdAt, row }) as const),
    ...classChanges.map((change) => ({ at: change.createdAt, change }) as const),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  if (entries.length === 0) return <p className="text-slate-700">{empty}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol className="flex flex-col gap-2" data-testid="timeline">
      {entries.map((entry) => {
        if ('row' in entry) return <FollowUpCard key={entry.row.followUp.id} row={entry.row} owners={owners} now={now} />;
        const { change } = entry;
        const meta = [tBusiness(`sources.${change.source as 'computed'}`), change.actor, when(change.createdAt)].filter(Boolean).join(' · ');
        return (
          <li
            key={`class-${change.createdAt.toISOString()}-${change.toClass}`}
            data-kind="class"
            className="rounded-md border border-slate-200 bg-white px-3 py-2.5"
          >
            <span className="font-medium">{t('classChange', { from: change.fromClass ? tClasses(change.fromClass) : '—', to: tClasses(change.toClass) })}</span>{' '}
            <span className="text-slate-600">{meta}</span>
            {change.reason ? <span className="block text-slate-800">{change.reason}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
