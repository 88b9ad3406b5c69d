import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { BackLink } from '@/components/ui/back-link';
import { Link } from '@/i18n/navigation';
import { DescriptionItem } from '@/components/ui/description-item';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getBusiness } from '@/lib/dal/businesses';
import { routeId } from '@/lib/validation/ids';
import { CHANNELS } from '@/lib/domain/channels';
import { Badge } from '@/components/ui/badge';
import { ClassBadge } from '@/components/business/class-badge';
import { classHistory } from '@/lib/dal/classification';
import { businessScoreHistory } from '@/lib/dal/business-profile';
import { ScoreHistory } from '@/components/business/score-history';
import { businessFollowUps, possibleOwners } from '@/lib/dal/follow-ups';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';
import { Section } from '@/components/ui/section';
import { FollowUpHistory, OpenFollowUps } from './_components/follow-up-timeline';
import { RecordActions } from './_components/record-actions';
import { FOLLOW_UP_FORM_MESSAGES } from './_components/follow-up-form-messages';
import { businessMetadata } from './metadata';

export const generateMetadata = businessMetadata;

/** What the header's and the follow-ups' forms translate in the browser (lib/i18n/client-messages). */
const CLIENT_MESSAGES = [
  ...FOLLOW_UP_FORM_MESSAGES,
  'advisorRecord.actions',
  'advisorRecord.overrideAction',
  ...['overrideTitle', 'overrideClass', 'useComputed', 'overrideReasonLabel', 'overrideSubmit'].map((key) => `businessPage.${key}`),
];

const SECTIONS = ['overview', 'followUps', 'history', 'channels'] as const;

/**
 * A member as an advisor works on it (a record page): a header with the name, class, priority,
 * key facts and the main actions (forms in a side panel), then the class explanation, what is
 * planned, what happened, and the channels; facts and channels in a side column on wide screens.
 */
export default async function BusinessPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id: rawId } = await params;
  const { viewer, db } = await requirePageViewer(locale, `/advisor/businesses/${rawId}`, ['advisor', 'staff']);
  // Not a UUID: no such member (PostgreSQL would refuse the comparison with an error page).
  const id = routeId(rawId);
  if (!id) notFound();
  const business = await getBusiness(db, viewer, id);
  if (!business) notFound();
  const [history, scores, followUps, owners, messages, t, tMember, tRecord, tBusiness, tClasses, tReasons, tChannels, tStatus, tProvinces, format] =
    await Promise.all([
      classHistory(db, viewer, business.id),
      businessScoreHistory(db, viewer, business.id),
      businessFollowUps(db, viewer, business.id),
      possibleOwners(db, viewer, business.id),
      clientMessages(CLIENT_MESSAGES),
      getTranslations('advisor'),
      getTranslations('member'),
      getTranslations('advisorRecord'),
      getTranslations('businessPage'),
      getTranslations('classes'),
      getTranslations('classReasons'),
      getTranslations('channels'),
      getTranslations('channelStatus'),
      getTranslations('provinces'),
      getFormatter(),
    ]);
  const statuses = new Map(business.channels.map((c) => [c.channel, c.status]));
  // A new follow-up belongs to the advisor recording it when they cover this member, else to the assigned advisor.
  const defaultOwner = owners.find((o) => o.id === viewer.id)?.id ?? business.assignedAdvisorId ?? owners[0]?.id ?? '';
  const locality = `${business.postcode ?? ''} ${business.locality ?? ''}${business.province ? ` (${tProvinces(business.province)})` : ''}`.trim() || '—';
  const sectionTitle = (key: (typeof SECTIONS)[number]) => tRecord(key);

  return (
    <NextIntlClientProvider messages={messages}>
      <div className="flex flex-col gap-4 text-sm">
        <BackLink href="/advisor">{t('detailBack')}</BackLink>
        <header className="flex flex-col gap-3 border-b border-slate-200 pb-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="flex min-w-0 flex-col gap-1.5">
              <h1 className="text-2xl font-bold">{business.name}</h1>
              <p className="flex flex-wrap items-center gap-2">
                <ClassBadge value={business.effectiveClass} overridden={business.overrideClass ? tBusiness('override') : undefined} />
                <span className="text-slate-700">{tBusiness('priority', { priority: business.coachingPriority })}</span>
              </p>
            </div>
            <RecordActions
              businessId={business.id}
              businessName={business.name}
              owners={owners}
              defaultOwnerId={defaultOwner}
              override={{ current: business.overrideClass ?? '', classes: CRISIS_CLASSES.map((c) => ({ value: c, label: tClasses(c) })) }}
            />
          </div>
          <dl className="flex flex-wrap gap-x-8 gap-y-2" aria-label={tRecord('facts')}>
            <DescriptionItem label={tMember('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
            <DescriptionItem label={tMember('locality')} value={locality} />
            <DescriptionItem label={tMember('sector')} value={sectorLabel(business, locale)} />
            <DescriptionItem label={tRecord('score')} value={business.digitalScore === null ? '—' : tRecord('scoreValue', { score: business.digitalScore })} />
            <DescriptionItem label={tRecord('advisor')} value={business.advisorName ?? t('unassigned')} />
          </dl>
          <nav aria-label={tRecord('sections')}>
            <ul className="flex flex-wrap gap-1">
              {SECTIONS.map((key) => (
                <li key={key}>
                  <a href={`#${key}`} className="inline-flex min-h-8 items-center rounded-md px-2.5 font-medium text-slate-700 hover:bg-slate-100">
                    {sectionTitle(key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>

        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="flex min-w-0 flex-col gap-6">
            <section id="overview" aria-labelledby="overview-title" className="flex scroll-mt-4 flex-col gap-2">
              <h2 id="overview-title" className="text-base font-semibold">
                {sectionTitle('overview')}
              </h2>
              {business.overrideClass ? (
                <p className="text-slate-700">
                  {tBusiness('override')}
                  {business.overrideAt ? ` ${tBusiness('overrideWhen', { date: format.dateTime(business.overrideAt, { dateStyle: 'medium' }) })}` : ''}.{' '}
                  {tBusiness('computed')}: {tClasses(business.computedClass)}. {tBusiness('overrideReason', { reason: business.overrideReason ?? '' })}
                </p>
              ) : null}
              <h3 className="font-medium">{tBusiness('reasonsTitle')}</h3>
              <ul className="list-disc pl-5 text-slate-800">
                {business.classReasons.map((reason) => (
                  <li key={reason.code}>{tReasons(reason.code, reason as never)}</li>
                ))}
              </ul>
              <Link href="/advisor/classification" className="text-brand-800 underline underline-offset-2">
                {tBusiness('rulesLink')}
              </Link>
            </section>

            <section id="followUps" aria-labelledby="follow-ups-title" className="flex scroll-mt-4 flex-col gap-2">
              <h2 id="follow-ups-title" className="text-base font-semibold">
                {tRecord('openTitle')}
              </h2>
              <OpenFollowUps followUps={followUps} owners={owners} empty={tRecord('openEmpty')} />
            </section>

            <section id="history" aria-labelledby="history-title" className="flex scroll-mt-4 flex-col gap-2">
              <h2 id="history-title" className="text-base font-semibold">
                {tRecord('pastTitle')}
              </h2>
              <FollowUpHistory followUps={followUps} classChanges={history} owners={owners} empty={tRecord('pastEmpty')} />
            </section>
          </div>

          <aside className="flex flex-col gap-6" aria-label={tRecord('facts')}>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-2 xl:grid-cols-1">
              <DescriptionItem label={tRecord('priority')} value={tRecord('priorityValue', { priority: business.coachingPriority })} />
              <DescriptionItem label={tMember('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
              <DescriptionItem label={t('employees')} value={business.employeesBand ?? '—'} />
            </dl>
            <Section id="channels" title={sectionTitle('channels')} headingClassName="scroll-mt-4 text-base font-semibold">
              <ul className="mt-2 flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
                {CHANNELS.map((channel) => {
                  const status = statuses.get(channel) ?? 'unaware';
                  return (
                    <li key={channel} className="flex items-center justify-between gap-3 px-3 py-1.5">
                      <span>{tChannels(channel)}</span>
                      <Badge tone={status === 'in_use' ? 'success' : status === 'planned' ? 'info' : 'neutral'}>{tStatus(status)}</Badge>
                    </li>
                  );
                })}
              </ul>
            </Section>
            <ScoreHistory entries={scores} title={tBusiness('scoreHistoryTitle')} empty={tBusiness('scoreHistoryEmpty')} headingId="score-history-title" />
          </aside>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
