'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ExternalLink } from 'lucide-react';
import { toast } from 'sonner';
import { Link, useRouter } from '@/i18n/navigation';
import { LogContactForm } from '../businesses/[id]/_components/log-contact-form';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { ClassBadge } from '@/components/business/class-badge';
import { buttonClasses } from '@/components/ui/button';
import type { QuickLookAnswer } from '@/app/api/businesses/[id]/quick-look/route';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; member: QuickLookAnswer };

/**
 * The quick look: a member's essentials in a side panel over the table, so an advisor can triage
 * without leaving the list. Fetched when opened (the table sends no per-row detail it may never show).
 */
export function QuickLook({ businessId, onClose }: { businessId: string | null; onClose: () => void }) {
  const tw = useTranslations('workspace');
  const tFollowUps = useTranslations('followUps');
  const locale = useLocale();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  // Counts the contacts logged here, so the panel loads again and shows the new last contact.
  const [logged, setLogged] = useState(0);
  const router = useRouter();
  if (businessId !== loadedFor) {
    setLoadedFor(businessId);
    setLoaded({ state: 'loading' });
  }

  useEffect(() => {
    if (!businessId) return;
    const controller = new AbortController();
    fetch(`/api/businesses/${businessId}/quick-look`, { headers: { 'X-Locale': locale }, signal: controller.signal })
      .then(async (response) => {
        const body = await response.json().catch(() => null);
        if (!response.ok) setLoaded({ state: 'error', message: (body as { message?: string } | null)?.message ?? tw('quickLookFailed') });
        else setLoaded({ state: 'ready', member: body as QuickLookAnswer });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setLoaded({ state: 'error', message: tw('quickLookFailed') });
      });
    return () => controller.abort();
  }, [businessId, locale, tw, logged]);

  const member = loaded.state === 'ready' ? loaded.member : null;
  return (
    <Dialog open={businessId !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent
        side="right"
        title={member?.name ?? tw('quickLook')}
        closeLabel={tw('close')}
        actions={
          businessId ? (
            <Link href={`/advisor/businesses/${businessId}`} className={buttonClasses('secondary', 'sm')}>
              <ExternalLink aria-hidden="true" className="size-4" />
              {tw('openPage')}
            </Link>
          ) : null
        }
      >
        {loaded.state === 'loading' ? <QuickLookSkeleton label={tw('loading')} /> : null}
        {loaded.state === 'error' ? (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
            {loaded.message}
          </p>
        ) : null}
        {member ? (
          <Essentials member={member}>
            <section aria-labelledby="quick-look-log" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
              <h3 id="quick-look-log" className="font-semibold">
                {tFollowUps('forms.logTitle')}
              </h3>
              <LogContactForm
                key={`${member.id}-${logged}`}
                businessId={member.id}
                owners={member.owners}
                defaultOwnerId={member.defaultOwnerId}
                onDone={() => {
                  toast.success(tw('contactLogged', { name: member.name }));
                  setLogged((count) => count + 1);
                  // The row's last contact and next follow-up change too.
                  router.refresh();
                }}
              />
            </section>
          </Essentials>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function Essentials({ member, children }: { member: QuickLookAnswer; children?: ReactNode }) {
  const t = useTranslations('workspace');
  const tTriage = useTranslations('triage');
  const fact = (label: string, value: ReactNode) => (
    <div className="flex flex-col">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
  return (
    <div className="flex flex-col gap-5 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <ClassBadge value={member.effectiveClass} overridden={member.overridden ? tTriage('overridden') : undefined} />
        <span className="text-slate-600">{member.sector}</span>
      </div>
      <dl className="grid grid-cols-3 gap-3">
        {fact(tTriage('columns.priority'), member.priority)}
        {fact(tTriage('columns.score'), member.score ?? '—')}
        {fact(tTriage('columns.revenue'), member.revenueChangePct === null ? '—' : `${member.revenueChangePct > 0 ? '+' : ''}${member.revenueChangePct} %`)}
      </dl>
      <section aria-labelledby="quick-look-why" className="flex flex-col gap-1">
        <h3 id="quick-look-why" className="font-semibold">
          {t('why')}
        </h3>
        <ul className="list-disc pl-5 text-slate-800">
          {member.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="quick-look-channels" className="flex flex-col gap-1">
        <h3 id="quick-look-channels" className="font-semibold">
          {t('channelsInUse', { count: member.channelsInUse.length })}
        </h3>
        {member.channelsInUse.length ? (
          <ul className="flex flex-wrap gap-1.5">
            {member.channelsInUse.map((channel) => (
              <li key={channel} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                {channel}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t('noChannels')}</p>
        )}
      </section>
      <dl className="grid gap-3 sm:grid-cols-2">
        {fact(tTriage('columns.advisor'), member.advisor ?? tTriage('unassigned'))}
        {fact(tTriage('columns.locality'), member.place || '—')}
        {fact(
          tTriage('columns.lastContact'),
          member.lastContact ? `${member.lastContact.at} · ${member.lastContact.kind} (${member.lastContact.owner})` : t('never'),
        )}
        {fact(
          tTriage('columns.nextFollowUp'),
          member.nextFollowUp ? (
            <span className="inline-flex flex-wrap items-center gap-1.5">
              {member.nextFollowUp.at} · {member.nextFollowUp.kind}
              {member.overdue ? <span className="rounded-full bg-status-overdue-bg px-1.5 text-xs text-status-overdue-fg">{tTriage('overdue')}</span> : null}
            </span>
          ) : (
            t('nothingPlanned')
          ),
        )}
      </dl>
      {children}
    </div>
  );
}

/** The panel's shape while it loads, so nothing jumps when the answer arrives. */
function QuickLookSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="flex animate-pulse flex-col gap-4">
      <div className="h-5 w-40 rounded bg-slate-200" />
      <div className="grid grid-cols-3 gap-3">
        <div className="h-10 rounded bg-slate-200" />
        <div className="h-10 rounded bg-slate-200" />
        <div className="h-10 rounded bg-slate-200" />
      </div>
      <div className="h-20 rounded bg-slate-200" />
      <div className="h-16 rounded bg-slate-200" />
    </div>
  );
}
