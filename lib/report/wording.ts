import type { AppLocale } from '@/i18n/routing';
import type { MemberReportData } from '@/lib/dal/member-report';
import { DIMENSIONS } from '@/lib/domain/digital-score';
import { formatEnterpriseNumber } from '@/lib/domain/enterprise-number';
import type { RecommendationReason } from '@/lib/domain/recommendations';
import { formatter, translator } from '@/lib/i18n/translator';
import { peerNoteText, recommendationReasonText } from '@/lib/i18n/score-words';
import { pdfSafe } from './latin1';

export interface ScoreRow {
  label: string;
  own: number;
  peers: number | null;
}

/** Every word and figure of the report, already in the member's language and printable by the PDF fonts. */
export interface ReportText {
  title: string;
  madeOn: string;
  intro: string;
  facts: Array<{ label: string; value: string }>;
  score: {
    title: string;
    overall: number;
    outOf: string;
    caption: string;
    dimensionHeader: string;
    ownHeader: string;
    /** Null when there is no peer group: the report then shows no peer column at all. */
    peerHeader: string | null;
    rows: ScoreRow[];
    total: ScoreRow;
    peerNote: string;
  };
  crisis: { title: string; name: string; meaning: string; because: string; reasons: string[] };
  steps: { title: string; items: Array<{ heading: string; info: string; reasons: string[] }> };
  agreed: { title: string; items: Array<{ text: string; detail: string; done: boolean }>; none: string };
  pageLabel: (page: number, pages: number) => string;
}

/**
 * Words the report in `locale` with the keys the member home page uses (member, dimensions,
 * channels, channelInfo, needs) and those the quick scan uses for the crisis class (classes,
 * classReasons, quickScan), so the report says what the pages say.
 */
export function reportWording(data: MemberReportData, locale: AppLocale): ReportText {
  const t = translator(locale, 'member');
  const tReport = translator(locale, 'report');
  const tDimensions = translator(locale, 'dimensions');
  const tChannels = translator(locale, 'channels');
  const tInfo = translator(locale, 'channelInfo');
  const tClasses = translator(locale, 'classes');
  const tReasons = translator(locale, 'classReasons');
  const tScan = translator(locale, 'quickScan');
  const format = formatter(locale);
  const { peers, score } = data;

  const reasonText = (reason: RecommendationReason) => recommendationReasonText(locale, reason);
  const peerNote = peerNoteText(locale, peers);
  const stepDetail = (step: MemberReportData['agreedSteps'][number]) =>
    [
      step.dueAt ? t('stepDue', { date: format.dateTime(step.dueAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : null,
      step.advisor !== data.advisor ? t('stepWith', { advisor: step.advisor }) : null,
      step.done ? t('stepDone') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const locality = `${data.business.postcode ?? ''} ${data.business.locality ?? ''}`.trim();

  const text: ReportText = {
    title: tReport('documentTitle', { business: data.business.name }),
    madeOn: tReport('madeOn', { date: format.dateTime(data.madeAt, { dateStyle: 'long', timeStyle: 'short' }) }),
    intro: tReport('intro'),
    facts: [
      { label: t('enterpriseNumber'), value: formatEnterpriseNumber(data.business.enterpriseNumber) },
      ...(locality ? [{ label: t('locality'), value: locality }] : []),
      { label: t('advisor'), value: data.advisor ?? t('noAdvisor') },
    ],
    score: {
      title: t('scoreTitle'),
      overall: score.overall,
      outOf: t('scoreOutOf'),
      caption: t('dimensionsCaption'),
      dimensionHeader: t('dimension'),
      ownHeader: t('yourScore'),
      peerHeader: peers ? t('peerScore') : null,
      rows: DIMENSIONS.map((d) => ({ label: tDimensions(d), own: score.dimensions[d], peers: peers ? peers.dimensions[d] : null })),
      total: { label: t('scoreTitle'), own: score.overall, peers: peers ? peers.overall : null },
      peerNote,
    },
    crisis: {
      title: tScan('classTitle'),
      name: tClasses(data.crisisClass),
      meaning: tScan(`classMeaning.${data.crisisClass}`),
      because: tScan('classBecause'),
      reasons: data.classReasons.map((reason) => tReasons(reason.code, reason as never)),
    },
    steps: {
      title: t('nextStepsTitle'),
      items: data.recommendations.map((r, index) => ({
        heading: `${index + 1}. ${tChannels(r.channel)}`,
        info: tInfo(r.channel),
        reasons: r.reasons.map(reasonText),
      })),
    },
    agreed: {
      title: data.advisor ? t('advisorSteps.titleWith', { advisor: data.advisor }) : t('advisorStepsTitle'),
      items: data.agreedSteps.map((step) => ({ text: step.nextStep, detail: stepDetail(step), done: step.done })),
      none: tReport('agreedNone'),
    },
    pageLabel: (page, pages) => pdfSafe(tReport('page', { page, pages })),
  };
  return printable(text);
}

/** The same text with every string made printable by the built-in fonts (see ./latin1). */
function printable<T>(value: T): T {
  if (typeof value === 'string') return pdfSafe(value) as T;
  if (Array.isArray(value)) return value.map(printable) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)])) as T;
  return value;
}
