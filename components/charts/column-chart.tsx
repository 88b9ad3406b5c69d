import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export interface Column<K extends string> {
  key: string;
  /** Under the column (shown for every few columns when there are many). */
  label: string;
  /** Per part, its value and what it says (the segment's tooltip). */
  parts: Record<K, { value: number; label: string }>;
}

/** How many column labels fit under the chart at most; the others are left out (the table view has them all). */
const MAX_LABELS = 6;

const pct = (value: number) => `${value}%`;

/**
 * Vertical columns split into parts (d3's stack and a "nice" linear scale), drawn on the server as
 * SVG. Everything is placed in percent of an SVG without a viewBox, so the columns stretch to the
 * width while the axis text keeps its size on a phone — and no inline style is needed (the content
 * security policy allows none).
 */
export function ColumnChart<K extends string>({
  columns,
  order,
  fills,
  label,
}: {
  columns: Column<K>[];
  order: readonly K[];
  fills: Record<K, string>;
  /** What the chart shows in one sentence, for screen readers (the figures are in the table view). */
  label: string;
}) {
  const series = stack<Column<K>, K>()
    .keys(order)
    .value((column, key) => column.parts[key].value)(columns);
  const highest = Math.max(1, ...columns.map((column) => order.reduce((sum, key) => sum + column.parts[key].value, 0)));
  const y = scaleLinear().domain([0, highest]).nice(4).range([100, 0]);
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  const step = 100 / columns.length;
  const every = Math.ceil(columns.length / MAX_LABELS);
  return (
    <div role="img" aria-label={label} className="grid grid-cols-[2rem_1fr] gap-x-2 text-xs">
      <svg className="h-40 w-full overflow-visible print:h-28">
        {ticks.map((tick) => (
          <text key={tick} x="100%" y={pct(y(tick))} textAnchor="end" dominantBaseline="middle" className="fill-slate-600 tabular-nums">
            {tick}
          </text>
        ))}
      </svg>
      <svg className="h-40 w-full overflow-visible print:h-28">
        {ticks.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={pct(y(tick))} y2={pct(y(tick))} className="stroke-slate-200" />
        ))}
        {series.map((layer) =>
          layer.map(([start, end], index) => {
            if (end <= start) return null;
            const column = columns[index]!;
            return (
              <rect
                key={`${layer.key}-${column.key}`}
                x={pct(index * step + step * 0.15)}
                width={pct(step * 0.7)}
                y={pct(y(end))}
                height={pct(y(start) - y(end))}
                className={fills[layer.key]}
              >
                <title>{column.parts[layer.key].label}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <span />
      <svg className="h-5 w-full overflow-visible">
        {columns.map((column, index) =>
          index % every === 0 ? (
            <text key={column.key} x={pct(index * step + step / 2)} y="14" textAnchor="middle" className="fill-slate-600">
              {column.label}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
