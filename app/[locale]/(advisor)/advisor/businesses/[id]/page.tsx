import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages } from '@/lib/i18n/pick-messages';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { BackLink } from '@/components/ui/back-link';
import { Notice } from '@/components/forms/notice';
import { Link } from '@/i18n/navigation';
import { DescriptionItem } from '@/components/ui/description-item';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getBusiness } from '@/lib/dal/businesses';
import { routeId } from '@/lib/validation/ids';
import { CHANNELS } from '@/lib/domain/channels';
import { Badge } from '@/components/ui/badge';
import { classHistory } from '@/lib/dal/classification';
import { businessScoreHistory } from '@/lib/dal/business-profile';
import { ScoreHistory } from '@/components/business/score-history';
import { businessFollowUps, possibleOwners } from '@/lib/dal/follow-ups';
import { FollowUpTimeline } from './_components/follow-up-timeline';
import { RecordFollowUpForm } from './_components/follow-up-forms';
import { CRISIS_CLASSES } from '@/lib/domain/classification';
import { CLASS_TONES } from '../../_components/class-tones';
import { OverrideForm } from './_components/override-form';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';
import { Section } from '@/components/ui/section';
import { businessMetadata } from './metadata';

export const generateMetadata = businessMetadata;

/** What the override form translates in the browser (see lib/i18n/client-messages); `ui` for the reason's character count. */
const OVERRIDE_FORM_MESSAGES = ['ui', ...['overrideClass', 'useComputed', 'overrideReasonLabel', 'overrideSubmit'].map((key) => `businessPage.${key}`)];

export default async function BusinessPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id: rawId } = await params;
  const { done } = await searchParams;
  const { viewer, db } = await requirePageViewer(locale, `/advisor/businesses/${rawId}`, ['advisor', 'staff']);
  // Not a UUID: no such member (PostgreSQL would refuse the comparison with an error page).
  const id = routeId(rawId);
  if (!id) notFound();
  const business = await getBusiness(db, viewer, id);
  if (!business) notFound();
  const t = await getTranslations('advisor');
  const tMember = await getTranslations('member');
  const tChannels = await getTranslations('channels');
  const tStatus = await getTranslations('channelStatus');
  const tProvinces = await getTranslations('provinces');
  const statuses = new Map(business.channels.map((c) => [c.channel, c.status]));
  const [history, scores, followUps, owners, messages, tFollowUps, tBusiness, tClasses, tReasons, format] = await Promise.all([
    classHistory(db, viewer, business.id),
    businessScoreHistory(db, viewer, business.id),
    businessFollowUps(db, viewer, business.id),
    possibleOwners(db, viewer, business.id),
    getMessages(),
    getTranslations('followUps'),
    getTranslations('businessPage'),
    getTranslations('classes'),
    getTranslations('classReasons'),
    getFormatter(),
  ]);

  // The follow-up forms are client components: they get the namespaces they use.
  const clientMessages = {
    shell: messages.shell,
    ui: messages.ui,
    followUps: messages.followUps,
    followUpKinds: messages.followUpKinds,
    followUpStatus: messages.followUpStatus,
  };
  // Recording a follow-up assigns it to the advisor recording it when they cover this member, else to the assigned advisor.
  const defaultOwner = owners.find((o) => o.id === viewer.id)?.id ?? business.assignedAdvisorId ?? owners[0]?.id ?? '';

  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/advisor">{t('detailBack')}</BackLink>
      <h1 className="text-3xl font-bold">{business.name}</h1>
      <dl className="grid gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2 lg:grid-cols-3">
        <DescriptionItem label={tMember('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
        <DescriptionItem
          label={tMember('locality')}
          value={`${business.postcode ?? ''} ${business.locality ?? ''}${business.province ? ` (${tProvinces(business.province)})` : ''}`.trim()}
        />
        <DescriptionItem label={tMember('sector')} value={sectorLabel(business, locale)} />
        <DescriptionItem label={tMember('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
        <DescriptionItem label={t('employees')} value={business.employeesBand ?? '—'} />
        <DescriptionItem label={tMember('advisor')} value={business.advisorName ?? t('unassigned')} />
      </dl>
      <section aria-labelledby="class-title" className="grid gap-6 rounded-lg border border-slate-200 bg-white p-6 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          <h2 id="class-title" className="text-xl font-semibold">
            {tBusiness('classTitle')}
          </h2>
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={CLASS_TONES[business.effectiveClass]}>{tClasses(business.effectiveClass)}</Badge>
            <span className="text-sm text-slate-700">{tBusiness('priority', { priority: business.coachingPriority })}</span>
          </p>
          {business.overrideClass ? (
            <p className="text-sm text-slate-700">
              {tBusiness('override')}{' '}
              {business.overrideAt ? tBusiness('overrideWhen', { date: format.dateTime(business.overrideAt, { dateStyle: 'medium' }) }) : null}.{' '}
              {tBusiness('computed')}: {tClasses(business.computedClass)}. {tBusiness('overrideReason', { reason: business.overrideReason ?? '' })}
            </p>
          ) : null}
          <h3 className="font-medium">{tBusiness('reasonsTitle')}</h3>
          <ul className="list-disc pl-5 text-sm text-slate-800">
            {business.classReasons.map((reason) => (
              <li key={reason.code}>{tReasons(reason.code, reason as never)}</li>
            ))}
          </ul>
          <Link href="/advisor/classification" className="text-sm text-brand-800 underline underline-offset-2">
            {tBusiness('rulesLink')}
          </Link>
        </div>
        <div className="flex flex-col gap-3">
          <h3 className="font-medium">{tBusiness('overrideTitle')}</h3>
          <NextIntlClientProvider messages={pickMessages(messages, OVERRIDE_FORM_MESSAGES)}>
            <OverrideForm
              businessId={business.id}
              current={business.overrideClass ?? ''}
              classes={CRISIS_CLASSES.map((c) => ({ value: c, label: tClasses(c) }))}
            />
          </NextIntlClientProvider>
        </div>
      </section>

      <Section id="channels-title" title={t('channelsTitle')}>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {CHANNELS.map((channel) => {
            const status = statuses.get(channel) ?? 'unaware';
            return (
              <li key={channel} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
                <span>{tChannels(channel)}</span>
                <Badge tone={status === 'in_use' ? 'success' : status === 'planned' ? 'info' : 'neutral'}>{tStatus(status)}</Badge>
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="follow-ups-title" title={tFollowUps('timelineTitle')} className="flex flex-col gap-4">
        {done === 'completed' || done === 'completedNext' || done === 'cancelled' ? <Notice>{tFollowUps(done)}</Notice> : null}
        <NextIntlClientProvider messages={clientMessages}>
          <FollowUpTimeline followUps={followUps} classChanges={history} owners={owners} />
          <div className="rounded-lg border border-slate-200 bg-white p-6">
            <h3 className="mb-4 text-lg font-semibold">{tFollowUps('recordTitle')}</h3>
            <RecordFollowUpForm businessId={business.id} idempotencyKey={randomUUID()} owners={owners} defaultOwnerId={defaultOwner} />
          </div>
        </NextIntlClientProvider>
      </Section>
      <ScoreHistory entries={scores} title={tBusiness('scoreHistoryTitle')} empty={tBusiness('scoreHistoryEmpty')} headingId="score-history-title" />
    </div>
  );
}
