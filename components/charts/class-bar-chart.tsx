import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { CRISIS_CLASSES, type CrisisClass } from '@/lib/domain/classification';
import { Link } from '@/i18n/navigation';

/** The class chart colours from app/globals.css, spelled out so Tailwind sees every class name. */
export const CLASS_FILL: Record<CrisisClass, string> = {
  winner: 'fill-class-winner-chart',
  shifter: 'fill-class-shifter-chart',
  structurally_hit: 'fill-class-hit-chart',
  stable: 'fill-class-stable-chart',
  unknown: 'fill-class-unknown-chart',
};
export const CLASS_SWATCH: Record<CrisisClass, string> = {
  winner: 'bg-class-winner-chart',
  shifter: 'bg-class-shifter-chart',
  structurally_hit: 'bg-class-hit-chart',
  stable: 'bg-class-stable-chart',
  unknown: 'bg-class-unknown-chart',
};

export interface ClassBarRow {
  key: string;
  label: string;
  total: number;
  /** Per class: the businesses, where its segment leads (the triage table filtered to exactly them), and what it says. */
  segments: Record<CrisisClass, { businesses: number; href: string | null; label: string }>;
}

/**
 * Horizontal bars, one per province or sector, split by class (d3's stack and linear scale, drawn
 * on the server as SVG: no script, no layout shift). Each segment is a link to the members it
 * counts. The label and the total are HTML beside the bar, so they stay readable on a phone.
 */
export function ClassBarChart({ rows, totalLabel }: { rows: ClassBarRow[]; totalLabel: (total: number) => string }) {
  const widest = Math.max(1, ...rows.map((row) => row.total));
  const x = scaleLinear().domain([0, widest]).range([0, 100]);
  const series = stack<ClassBarRow, CrisisClass>()
    .keys(CRISIS_CLASSES)
    .value((row, key) => row.segments[key].businesses)(rows);
  return (
    <ul className="flex flex-col gap-1.5">
      {rows.map((row, index) => (
        <li key={row.key} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-3 text-sm sm:grid-cols-[minmax(0,14rem)_1fr_auto]">
          <span className="truncate" title={row.label}>
            {row.label}
          </span>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-5 w-full">
            {series.map((layer) => {
              const [start, end] = layer[index]!;
              const segment = row.segments[layer.key];
              if (end <= start) return null;
              const rect = <rect x={x(start)} width={x(end) - x(start)} y={0} height={10} className={CLASS_FILL[layer.key]} />;
              return segment.href ? (
                <Link key={layer.key} href={segment.href} aria-label={segment.label} className="class-bar-segment">
                  <title>{segment.label}</title>
                  {rect}
                </Link>
              ) : (
                <g key={layer.key}>
                  <title>{segment.label}</title>
                  {rect}
                </g>
              );
            })}
          </svg>
          <span className="tabular-nums text-slate-700">{totalLabel(row.total)}</span>
        </li>
      ))}
    </ul>
  );
}
