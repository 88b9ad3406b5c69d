import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { NextIntlClientProvider } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { followUpQueue, type QueueItem } from '@/lib/dal/follow-up-queue';
import { assignableAdvisors } from '@/lib/dal/assignments';
import { calendarFeedSince } from '@/lib/dal/calendar-feed';
import { QUEUE_BUCKETS } from '@/lib/domain/follow-up-queue';
import { ReassignForm } from './_components/reassign-form';
import { HelpAsked } from './_components/help-asked';
import { openHelpRequests } from '@/lib/dal/help-requests';
import { CalendarFeed } from './_components/calendar-feed';
import { FollowUpActions } from '../businesses/[id]/_components/follow-up-actions';
import { followUpView } from '../businesses/[id]/_components/follow-up-view';
import { FOLLOW_UP_FORM_MESSAGES } from '../businesses/[id]/_components/follow-up-form-messages';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('followUps');

/**
 * "My follow-ups": an advisor's open follow-ups by due date — overdue, today, this week, later.
 * Staff see everyone's (or one advisor's) and can hand follow-ups to another advisor.
 */
export default async function FollowUpsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/advisor/follow-ups', ['advisor', 'staff']);
  const advisors = viewer.role === 'staff' ? await assignableAdvisors(db, viewer) : [];
  const { owner: requestedOwner, takenUp } = await searchParams;
  const ownerId = typeof requestedOwner === 'string' && advisors.some((a) => a.id === requestedOwner) ? requestedOwner : undefined;
  const [items, feedSince, t, tKinds, format, messages, helpRequests] = await Promise.all([
    followUpQueue(db, viewer, { ownerId }),
    calendarFeedSince(db, viewer),
    getTranslations('followUps'),
    getTranslations('followUpKinds'),
    getFormatter(),
    clientMessages(FOLLOW_UP_FORM_MESSAGES),
    openHelpRequests(db, viewer),
  ]);
  const staff = viewer.role === 'staff';
  const when = (date: Date) => format.dateTime(date, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const now = new Date();
  // One line of facts after the name, joined without a leading separator.
  const facts = (item: QueueItem) => [tKinds(item.kind), when(item.dueAt), item.locality, staff ? item.ownerName : null].filter(Boolean).join(' · ');
  const describe = (item: QueueItem) => (
    <span className="flex min-w-0 flex-1 flex-col gap-1">
      <span className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
        <Link href={`/advisor/businesses/${item.businessId}`} className="font-medium text-brand-800 underline underline-offset-2">
          {item.businessName}
        </Link>
        <span className="text-slate-700" data-testid="queue-facts">
          {facts(item)}
        </span>
      </span>
      {item.nextStep ? <span className="text-slate-800">{item.nextStep}</span> : null}
      <FollowUpActions followUp={followUpView({ ...item, status: 'open' }, now)} label={`${item.businessName} · ${facts(item)}`} />
    </span>
  );
  const sections = QUEUE_BUCKETS.map((bucket) => ({ bucket, title: t(`buckets.${bucket}`), items: items.filter((i) => i.bucket === bucket) }));

  return (
    <div className="flex flex-col gap-6 text-sm">
      <div>
        <h1 className="text-3xl font-bold">{staff ? t('queueTitleStaff') : t('queueTitle')}</h1>
        <p className="mt-2 text-slate-700">{t('queueIntro')}</p>
      </div>
      {staff ? (
        <form className="flex flex-wrap items-end gap-2" aria-label={t('ownerFilter')}>
          <Select
            id="owner"
            name="owner"
            label={t('ownerFilter')}
            placeholder={t('ownerAll')}
            defaultValue={ownerId ?? ''}
            options={advisors.map((a) => ({ value: a.id, label: a.name }))}
          />
          <Button type="submit" variant="secondary">
            {t('show')}
          </Button>
        </form>
      ) : null}
      <HelpAsked requests={helpRequests} takenUp={takenUp === 'yes' || takenUp === 'assigned' ? takenUp : undefined} />
      {items.length === 0 ? (
        <EmptyState>{t('queueEmpty')}</EmptyState>
      ) : staff ? (
        <NextIntlClientProvider messages={messages}>
          <ReassignForm advisors={advisors}>
            {sections.map(({ bucket, title, items: bucketItems }) => (
              <QueueSection key={bucket} bucket={bucket} title={title} count={bucketItems.length}>
                {bucketItems.map((item) => (
                  <li key={item.id} className="flex items-start gap-3 rounded-md border border-slate-200 bg-white px-3 py-2.5">
                    <input
                      type="checkbox"
                      name="followUpIds"
                      value={item.id}
                      aria-label={t('selectFollowUp', { name: item.businessName })}
                      className="mt-1 h-5 w-5 accent-brand-700"
                    />
                    {describe(item)}
                  </li>
                ))}
              </QueueSection>
            ))}
          </ReassignForm>
        </NextIntlClientProvider>
      ) : (
        <NextIntlClientProvider messages={messages}>
          {sections.map(({ bucket, title, items: bucketItems }) => (
            <QueueSection key={bucket} bucket={bucket} title={title} count={bucketItems.length}>
              {bucketItems.map((item) => (
                <li key={item.id} className="flex rounded-md border border-slate-200 bg-white px-3 py-2.5">
                  {describe(item)}
                </li>
              ))}
            </QueueSection>
          ))}
        </NextIntlClientProvider>
      )}
      <NextIntlClientProvider messages={messages}>
        <CalendarFeed since={feedSince ? format.dateTime(feedSince, { dateStyle: 'medium' }) : null} />
      </NextIntlClientProvider>
    </div>
  );
}

function QueueSection({ bucket, title, count, children }: { bucket: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`bucket-${bucket}`} data-testid={`bucket-${bucket}`}>
      <h2 id={`bucket-${bucket}`} className="mb-2 text-xl font-semibold">
        {title} <span className="text-base font-normal text-slate-600">({count})</span>
      </h2>
      {count > 0 ? <ul className="flex flex-col gap-2">{children}</ul> : null}
    </section>
  );
}
