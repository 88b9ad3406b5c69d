import { getFormatter } from '@/lib/i18n/server';

/** A business's digital score over time, newest first: one entry per saved profile or channels change. */
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
  const format = await getFormatter();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-slate-700">{empty}</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-1 text-sm" data-testid="score-history">
          {entries.map((entry) => (
            <li key={`${entry.version}-${entry.createdAt.toISOString()}`} className="flex justify-between gap-4 border-b border-slate-200 py-1">
              <span>{format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              <span className="font-medium tabular-nums">{entry.digitalScore ?? '—'}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
