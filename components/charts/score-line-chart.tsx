import { scaleLinear, scaleTime } from 'd3-scale';
import { line } from 'd3-shape';

export interface ScorePoint {
  at: Date;
  score: number;
  /** What the point says (its tooltip): the date and the score. */
  label: string;
}

const TICKS = [0, 25, 50, 75, 100];
const pct = (value: number) => `${value}%`;

/**
 * A score from 0 to 100 over time as a line (d3's time and linear scales), drawn on the server. The
 * line is drawn in a stretched 100 × 100 box; the points and the axis text are placed in percent of
 * an SVG without a viewBox, so they stay round and readable on a phone, without inline styles.
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
    <figure role="img" aria-label={label} className="grid grid-cols-[1.75rem_1fr] gap-x-2 text-xs">
      <svg aria-hidden="true" className="h-40 w-full overflow-visible">
        {TICKS.map((tick) => (
          <text key={tick} x="100%" y={pct(y(tick))} textAnchor="end" dominantBaseline="middle" className="fill-slate-600 tabular-nums">
            {tick}
          </text>
        ))}
      </svg>
      <svg aria-hidden="true" className="h-40 w-full overflow-visible">
        {TICKS.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={pct(y(tick))} y2={pct(y(tick))} className="stroke-slate-200" />
        ))}
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" className="overflow-visible">
          {path ? <path d={path} className="fill-none stroke-brand-700" strokeWidth={2} vectorEffect="non-scaling-stroke" /> : null}
        </svg>
        {points.map((point) => (
          <circle key={point.at.toISOString()} cx={pct(x(point.at))} cy={pct(y(point.score))} r={4} className="fill-brand-700 stroke-white" strokeWidth={2}>
            <title>{point.label}</title>
          </circle>
        ))}
      </svg>
      <span />
      <div aria-hidden="true" className="flex justify-between text-slate-600">
        <span>{first}</span>
        <span>{last}</span>
      </div>
    </figure>
  );
}
