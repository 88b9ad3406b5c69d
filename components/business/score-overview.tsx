import type { ReactNode } from 'react';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { peerNoteText } from '@/lib/i18n/score-words';
import { DIMENSIONS, type DigitalScore, type DimensionScores } from '@/lib/domain/digital-score';
import { RadarChart, RadarLegend, type RadarSeries } from '@/components/charts/radar-chart';

/** The peers' averages, as lib/dal/peers.ts gives them (only averages, never one peer's figures). */
interface PeerFigures {
  group: 'division' | 'section' | 'all';
  groupCode: string | null;
  size: number;
  overall: number;
  dimensions: DimensionScores;
}

export interface FirstAssessment {
  /** When it was taken, already formatted for the reader. */
  date: string;
  digitalScore: number;
  dimensions: Partial<DimensionScores> | null;
}

/**
 * The digital score with its five dimensions beside the peers' averages: a radar and the same
 * figures as a table. Shown to members on their home and to anyone after a quick scan; with a
 * first assessment, its figures stand beside today's (T0 → T1).
 */
export async function ScoreOverview({
  score,
  peers,
  first,
  children,
}: {
  score: DigitalScore;
  peers: PeerFigures | null;
  first?: FirstAssessment | null;
  /** Links under the table (how the score is made, the report). */
  children?: ReactNode;
}) {
  const [t, tDimensions] = await Promise.all([getTranslations('member'), getTranslations('dimensions')]);
  const radarSeries: RadarSeries[] = [
    ...(peers ? [{ label: t('peers'), values: DIMENSIONS.map((d) => peers.dimensions[d]), variant: 'reference' as const }] : []),
    { label: t('you'), values: DIMENSIONS.map((d) => score.dimensions[d]), variant: 'own' },
  ];
  const peerNote = peerNoteText(await getLocale(), peers);

  return (
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
            {t('sinceFirst', { date: first.date, first: first.digitalScore, now: score.overall })}
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
                  {t('firstScore', { date: first.date })}
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
        {children}
      </div>
    </section>
  );
}
