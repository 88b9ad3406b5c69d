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
import { DIMENSIONS, digitalScore } from '@/lib/domain/digital-score';
import { recommendNextSteps, type RecommendationReason } from '@/lib/domain/recommendations';
import type { Need } from '@/lib/domain/channels';
import { buttonClasses } from '@/components/ui/button';
import { DescriptionItem } from '@/components/ui/description-item';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/forms/notice';
import { RadarChart, RadarLegend, type RadarSeries } from '@/components/charts/radar-chart';
import { formatEnterpriseNumber, formatPercent, sectorLabel } from '@/components/format';
import { Section } from '@/components/ui/section';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('member');

export default async function MemberHomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }) {
  const locale = await pageLocale(params);
  const { viewer, db } = await requirePageViewer(locale, '/member', ['member']);
  const saved = (await searchParams).saved;
  const [own, business] = await Promise.all([getOwnProfile(db, viewer), getOwnBusiness(db, viewer)]);
  const [t, tDimensions, tChannels, tInfo, tNeeds] = await Promise.all([
    getTranslations('member'),
    getTranslations('dimensions'),
    getTranslations('channels'),
    getTranslations('channelInfo'),
    getTranslations('needs'),
  ]);

  if (!own || !business) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">{t('title', { name: viewer.name })}</h1>
        <Section id="start-title" title={t('noBusinessTitle')} className="rounded-lg border border-slate-200 bg-white p-6">
          <p className="mt-2 text-slate-700">{t('noBusiness')}</p>
          <Link href="/member/profile" className={buttonClasses('primary', 'md', 'mt-4')}>
            {t('startProfile')}
          </Link>
        </Section>
      </div>
    );
  }

  const score = digitalScore(own.statuses);
  const [peers, history, steps, format, sector, sectorDivisions, first] = await Promise.all([
    peerComparison(db, own.business),
    ownScoreHistory(db, viewer),
    sharedNextSteps(db, viewer),
    getFormatter(),
    ownSectorAdoption(db, viewer),
    naceDivisions(db, '2008', locale),
    ownFirstAssessment(db, viewer),
  ]);
  // One advisor, said the same way everywhere on the page: the assigned one, else whoever owns the
  // agreed steps (the next open one first). Steps say "with …" only when someone else owns them.
  const advisor = business.advisorName ?? steps.find((s) => s.status === 'open')?.advisor ?? steps[0]?.advisor ?? null;
  const recommendations = recommendNextSteps(own.statuses, own.business.needs as Need[], score.dimensions, peers?.adoption ?? null);
  const reasonText = (reason: RecommendationReason) => {
    switch (reason.kind) {
      case 'peers':
        return t('reasonPeers', { share: Math.round(reason.share * 100) });
      case 'need':
        return t('reasonNeed', { need: tNeeds(reason.need) });
      case 'weakest':
        return t('reasonWeakest', { dimension: tDimensions(reason.dimension) });
      case 'planned':
        return t('reasonPlanned');
    }
  };
  const radarSeries: RadarSeries[] = [
    ...(peers ? [{ label: t('peers'), values: DIMENSIONS.map((d) => peers.dimensions[d]), variant: 'reference' as const }] : []),
    { label: t('you'), values: DIMENSIONS.map((d) => score.dimensions[d]), variant: 'own' },
  ];
  const peerNote = !peers
    ? t('peerNone')
    : peers.group === 'division'
      ? t('peerDivision', { size: peers.size, group: `NACE ${peers.groupCode}` })
      : peers.group === 'section'
        ? t('peerSection', { size: peers.size, group: `NACE ${peers.groupCode}` })
        : t('peerAll', { size: peers.size });

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

      <section aria-labelledby="score-title" className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 lg:grid-cols-[26rem_1fr]">
        <div className="flex flex-col items-center gap-2">
          <h2 id="score-title" className="text-xl font-semibold">
            {t('scoreTitle')}
          </h2>
          <p className="text-6xl font-bold text-brand-800" data-testid="digital-score">
            {score.overall}
          </p>
          <p className="text-sm text-slate-600">{t('scoreOutOf')}</p>
          {first ? (
            <p className="text-sm text-slate-700" data-testid="since-first">
              {t('sinceFirst', { date: format.dateTime(first.at, { dateStyle: 'medium' }), first: first.digitalScore, now: score.overall })}
            </p>
          ) : null}
          <RadarChart label={t('radarLabel')} axes={DIMENSIONS.map((d) => tDimensions(d))} series={radarSeries} />
          <RadarLegend series={radarSeries} />
        </div>
        <div className="flex flex-col gap-4">
          <table className="w-full text-left text-sm" data-testid="dimension-table">
            <caption className="pb-2 text-left font-semibold">{t('dimensionsCaption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t('dimension')}
                </th>
                {first ? (
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t('firstScore', { date: format.dateTime(first.at, { dateStyle: 'medium' }) })}
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('yourScore')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('peerScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((d) => (
                <tr key={d} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {tDimensions(d)}
                  </th>
                  {first ? <td className="py-2 pr-3 text-right tabular-nums text-slate-600">{first.dimensions?.[d] ?? '—'}</td> : null}
                  <td className="py-2 pr-3 text-right tabular-nums">{score.dimensions[d]}</td>
                  <td className="py-2 text-right tabular-nums">{peers ? peers.dimensions[d] : '—'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {t('scoreTitle')}
                </th>
                {first ? <td className="py-2 pr-3 text-right font-semibold tabular-nums text-slate-600">{first.digitalScore}</td> : null}
                <td className="py-2 pr-3 text-right font-semibold tabular-nums">{score.overall}</td>
                <td className="py-2 text-right font-semibold tabular-nums">{peers ? peers.overall : '—'}</td>
              </tr>
            </tbody>
          </table>
          <p className="text-sm text-slate-700" data-testid="peer-note">
            {peerNote}
          </p>
          <Link href="/digital-score" className="text-sm text-brand-800 underline underline-offset-2">
            {t('howScore')}
          </Link>
        </div>
      </section>

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

      <Section id="steps-title" title={t('nextStepsTitle')}>
        <ol className="mt-3 grid gap-3 md:grid-cols-3" data-testid="recommendations">
          {recommendations.map((r, index) => (
            <li key={r.channel} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                {index + 1}. {tChannels(r.channel)}
              </h3>
              <p className="mt-1 text-sm text-slate-700">{tInfo(r.channel)}</p>
              <ul className="mt-2 list-disc pl-5 text-sm text-brand-900">
                {r.reasons.map((reason) => (
                  <li key={reason.kind}>{reasonText(reason)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>

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
