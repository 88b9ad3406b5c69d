import { scaleLinear, scaleTime } from 'd3-scale';
import { line } from 'd3-shape';

export interface ScorePoint {
  at: Date;
  score: number;
  /** What the point says (its tooltip): the date and the score. */
  label: string;
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * A score from 0 to 100 over time as a line (d3's time and linear scales), drawn on the server.
 * The line stretches to the width; the points, the value axis and the first and last dates are
 * HTML over and beside it, so they stay round and readable on a phone.
 */
export function ScoreLineChart({ points, label, first, last }: { points: ScorePoint[]; label: string; first: string; last: string }) {
  const times = points.map((point) => point.at.getTime());
  const start = Math.min(...times);
  const end = Math.max(...times);
  // A single point (or one day) sits in the middle.
  const x = scaleTime()
    .domain(start === end ? [new Date(start - 86_400_000), new Date(end + 86_400_000)] : [new Date(start), new Date(end)])
    .range([2, 98]);
  const y = scaleLinear().domain([0, 100]).range([100, 0]);
  const path = line<ScorePoint>()
    .x((point) => x(point.at))
    .y((point) => y(point.score))(points);
  return (
    <figure role="img" aria-label={label} className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-600">
      <div aria-hidden="true" className="relative h-40 w-7">
        {TICKS.map((tick) => (
          <span key={tick} className="absolute right-0 -translate-y-1/2 tabular-nums" style={{ top: `${y(tick)}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <div aria-hidden="true" className="relative h-40">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
          {TICKS.map((tick) => (
            <line key={tick} x1={0} x2={100} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" vectorEffect="non-scaling-stroke" />
          ))}
          {path ? <path d={path} className="fill-none stroke-brand-700" strokeWidth={2} vectorEffect="non-scaling-stroke" /> : null}
        </svg>
        {points.map((point) => (
          <span
            key={point.at.toISOString()}
            title={point.label}
            className="absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-brand-700"
            style={{ left: `${x(point.at)}%`, top: `${y(point.score)}%` }}
          />
        ))}
      </div>
      <span />
      <div aria-hidden="true" className="flex justify-between">
        <span>{first}</span>
        <span>{last}</span>
      </div>
    </figure>
  );
}
