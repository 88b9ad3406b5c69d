import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { ScoreLineChart } from '@/components/charts/score-line-chart';

/**
 * A business's digital score over time: a line from the first assessment to now, and the same
 * entries as a list, newest first (one per saved profile or channels change).
 */
export async function ScoreHistory({
  entries,
  title,
  empty,
  headingId,
}: {
  entries: Array<{ version: number; digitalScore: number | null; createdAt: Date }>;
  title: string;
  empty: string;
  headingId: string;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('scoreHistory')]);
  const day = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  const points = entries
    .filter((entry): entry is typeof entry & { digitalScore: number } => entry.digitalScore !== null)
    .map((entry) => ({ at: entry.createdAt, score: entry.digitalScore, label: `${day(entry.createdAt)}: ${entry.digitalScore}` }))
    .reverse();
  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-slate-700">{empty}</p>
      ) : (
        <>
          {firstPoint && lastPoint ? (
            <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="score-chart">
              <ScoreLineChart
                points={points}
                first={day(firstPoint.at)}
                last={day(lastPoint.at)}
                label={t('chartLabel', { first: firstPoint.score, firstDate: day(firstPoint.at), last: lastPoint.score, lastDate: day(lastPoint.at) })}
              />
            </div>
          ) : null}
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-brand-800">{t('asList')}</summary>
            <ol className="mt-3 flex flex-col gap-1 text-sm" data-testid="score-history">
              {entries.map((entry) => (
                <li key={`${entry.version}-${entry.createdAt.toISOString()}`} className="flex justify-between gap-4 border-b border-slate-200 py-1">
                  <span>{format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                  <span className="font-medium tabular-nums">{entry.digitalScore ?? '—'}</span>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}
