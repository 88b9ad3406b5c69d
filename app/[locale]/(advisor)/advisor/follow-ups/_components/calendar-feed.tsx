'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { createCalendarFeedAction, revokeCalendarFeedAction } from '../actions';
import { Section } from '@/components/ui/section';

/**
 * The advisor's private calendar feed: make an address (shown once, right after), make a new one
 * (the old one stops working) or revoke it.
 */
export function CalendarFeed({ since }: { since: string | null }) {
  const t = useTranslations('followUps');
  const create = useFormAction(createCalendarFeedAction);
  const revoke = useFormAction(revokeCalendarFeedAction);
  // Which button was used last decides what shows: a fresh address, or none after revoking.
  const [last, setLast] = useState<'create' | 'revoke' | null>(null);
  const created = last === 'create' && create.state.status === 'success';
  const revoked = last === 'revoke' && revoke.state.status === 'success';
  // The full address comes from the server's configured APP_URL, like every link the portal hands out.
  const address = created ? create.value('feedUrl') : '';
  const active = created || (!revoked && since !== null);
  return (
    <Section id="feed-title" title={t('feedTitle')} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-slate-700">{t('feedIntro')}</p>
      <FormMessage state={last === 'revoke' ? revoke.state : create.state} />
      {address ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="feed-address" className="text-sm font-medium">
            {t('feedAddress')}
          </label>
          <input
            id="feed-address"
            readOnly
            value={address}
            className="min-h-11 w-full rounded-md border border-slate-400 bg-slate-50 px-3 font-mono text-sm"
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700">{active && since ? t('feedActive', { date: since }) : t('feedNone')}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <form action={create.formAction} onSubmit={() => setLast('create')}>
          <Button type="submit" pending={create.pending} pendingLabel={t('pending')}>
            {active ? t('feedRenew') : t('feedCreate')}
          </Button>
        </form>
        {active ? (
          <form action={revoke.formAction} onSubmit={() => setLast('revoke')}>
            <Button type="submit" variant="secondary" pending={revoke.pending} pendingLabel={t('pending')}>
              {t('feedRevoke')}
            </Button>
          </form>
        ) : null}
      </div>
    </Section>
  );
}
