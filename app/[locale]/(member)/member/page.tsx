import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requirePageViewer } from '@/lib/dal/page-guard';
import { getOwnProfile, ownFirstAssessment, ownScoreHistory } from '@/lib/dal/business-profile';
import { ScoreHistory } from '@/components/business/score-history';
import { getOwnBusiness } from '@/lib/dal/businesses';
import { sharedNextSteps } from '@/lib/dal/follow-ups';
import { peerComparison } from '@/lib/dal/peers';
import { ownSectorAdoption } from '@/lib/dal/programme-counts';
import { naceDivisions } from '@/lib/dal/nace';
import { channelAdoption } from '@/lib/programme/channel-adoption';
import { SectorAdoption } from '@/components/business/sector-adoption';
import { digitalScore } from '@/lib/domain/digital-score';
import { recommendNextSteps } from '@/lib/domain/recommendations';
import type { Need } from '@/lib/domain/channels';
import { buttonClasses } from '@/components/ui/button';
import { DescriptionItem } from '@/components/ui/description-item';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/forms/notice';
import { ScoreOverview } from '@/components/business/score-overview';
import { NextSteps } from '@/components/business/next-steps';
import { ownClaimedScan } from '@/lib/dal/quick-scan';
import { FirstVisitChecklist } from './_components/first-visit-checklist';
import { AskAdvisor } from './_components/ask-advisor';
import { ownHelpRequests } from '@/lib/dal/help-requests';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('member');

export default async function MemberHomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member', ['member']);
  const saved = (await searchParams).saved;
  const [own, business] = await Promise.all([getOwnProfile(db, viewer), getOwnBusiness(db, viewer)]);
  const t = await getTranslations('member');

  if (!own || !business) {
    const [scan, tScan, format] = await Promise.all([ownClaimedScan(db, viewer), getTranslations('quickScan'), getFormatter()]);
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">{t('title', { name: viewer.name })}</h1>
        <FirstVisitChecklist done={{ profile: false, channels: false, score: false, advisor: false }} />
        {scan ? (
          <Section id="start-title" title={tScan('waiting.title')} className="rounded-lg border border-slate-200 bg-white p-6">
            <p className="mt-2 text-slate-700">
              {tScan('waiting.text', { date: format.dateTime(scan.createdAt, { dateStyle: 'medium' }), score: scan.digitalScore })}
            </p>
            <Link href="/member/profile" className={buttonClasses('primary', 'md', 'mt-4')}>
              {tScan('waiting.action')}
            </Link>
          </Section>
        ) : (
          <Section id="start-title" title={t('noBusinessTitle')} className="rounded-lg border border-slate-200 bg-white p-6">
            <p className="mt-2 text-slate-700">{t('noBusiness')}</p>
            <Link href="/member/profile" className={buttonClasses('primary', 'md', 'mt-4')}>
              {t('startProfile')}
            </Link>
          </Section>
        )}
      </div>
    );
  }

  const score = digitalScore(own.statuses);
  const [peers, history, steps, format, sector, sectorDivisions, first, helpRequests] = await Promise.all([
    peerComparison(db, own.business),
    ownScoreHistory(db, viewer),
    sharedNextSteps(db, viewer),
    getFormatter(),
    ownSectorAdoption(db, viewer),
    naceDivisions(db, '2008', locale),
    ownFirstAssessment(db, viewer),
    ownHelpRequests(db, viewer),
  ]);
  // One advisor, said the same way everywhere on the page: the assigned one, else whoever owns the
  // agreed steps (the next open one first). Steps say "with …" only when someone else owns them.
  const advisor = business.advisorName ?? steps.find((s) => s.status === 'open')?.advisor ?? steps[0]?.advisor ?? null;
  const recommendations = recommendNextSteps(own.statuses, own.business.needs as Need[], score.dimensions, peers?.adoption ?? null);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold">{t('title', { name: viewer.name })}</h1>
        <nav aria-label={t('businessTitle')} className="flex flex-wrap gap-2">
          <Link href="/member/profile" className={buttonClasses('secondary', 'sm')}>
            {t('editProfile')}
          </Link>
          <Link href="/member/channels" className={buttonClasses('secondary', 'sm')}>
            {t('editChannels')}
          </Link>
          <Link href="/member/data" className={buttonClasses('ghost', 'sm')}>
            {t('myData')}
          </Link>
        </nav>
      </div>
      {saved === 'profile' ? <Notice>{t('savedProfile')}</Notice> : saved === 'channels' ? <Notice>{t('savedChannels')}</Notice> : null}
      <FirstVisitChecklist
        done={{
          profile: true,
          channels: own.business.digitalScore !== null,
          score: own.business.digitalScore !== null,
          advisor: helpRequests.length > 0 || steps.length > 0 || advisor !== null,
        }}
      />

      <ScoreOverview
        score={score}
        peers={peers}
        first={first ? { date: format.dateTime(first.at, { dateStyle: 'medium' }), digitalScore: first.digitalScore, dimensions: first.dimensions } : null}
      >
        <Link href="/digital-score" className="text-sm text-brand-800 underline underline-offset-2">
          {t('howScore')}
        </Link>
        {/* A file, not a page: a plain link, so the browser downloads it instead of the router fetching it. */}
        <a href={`/api/member/report?locale=${locale}`} download className={buttonClasses('secondary', 'sm', 'self-start')}>
          {(await getTranslations('report'))('download')}
        </a>
      </ScoreOverview>

      <ScoreHistory entries={history} title={t('historyTitle')} empty={t('historyEmpty')} headingId="history-title" />

      {sector ? (
        <SectorAdoption
          channels={channelAdoption(sector.counts, sector.members)}
          members={sector.members}
          sector={`${sector.division} ${sectorDivisions.find((d) => d.code === sector.division)?.label ?? ''}`.trim()}
          own={own.statuses}
        />
      ) : (
        <p className="text-sm text-slate-700" data-testid="sector-adoption-none">
          {t('sectorAdoption.tooFew')}
        </p>
      )}

      <NextSteps recommendations={recommendations} />

      <AskAdvisor requests={helpRequests} needs={own.business.needs} province={business.province} />

      <Section id="advisor-steps-title" title={advisor ? t('advisorSteps.titleWith', { advisor }) : t('advisorStepsTitle')}>
        {steps.length === 0 ? (
          <div className="mt-3">
            <EmptyState>{t('advisorStepsEmpty')}</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-2" data-testid="advisor-steps">
            {steps.map((step) => (
              <li key={step.id} className="rounded-md border border-slate-200 bg-white px-4 py-3">
                <span className={step.status === 'done' ? 'text-slate-600 line-through' : 'font-medium'}>{step.nextStep}</span>
                <span className="block text-sm text-slate-600">
                  {[
                    step.dueAt ? t('stepDue', { date: format.dateTime(step.dueAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : null,
                    step.advisor !== advisor ? t('stepWith', { advisor: step.advisor }) : null,
                    step.status === 'done' ? t('stepDone') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="business-title" title={business.name} className="rounded-lg border border-slate-200 bg-white p-6">
        <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
          <DescriptionItem label={t('enterpriseNumber')} value={formatEnterpriseNumber(business.enterpriseNumber)} />
          <DescriptionItem label={t('locality')} value={`${business.postcode ?? ''} ${business.locality ?? ''}`.trim() || '—'} />
          <DescriptionItem label={t('sector')} value={sectorLabel(business, locale)} />
          <DescriptionItem label={t('revenueChange')} value={formatPercent(business.revenueChangePct, locale)} />
          <DescriptionItem label={t('channelsInUse')} value={String(business.channelsInUseCount ?? 0)} />
          <DescriptionItem label={t('advisor')} value={advisor ?? t('noAdvisor')} />
        </dl>
      </Section>
    </div>
  );
}
