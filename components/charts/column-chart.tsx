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
const MAX_LABELS = 9;

/**
 * Vertical columns split into parts (d3's stack and a "nice" linear scale), drawn on the server as
 * SVG. The columns stretch to the width; the value axis and the column labels are HTML beside and
 * under them, so they keep their size on a phone and the chart never shifts the page.
 */
export function ColumnChart<K extends string>({
  columns,
  order,
  fills,
  className = 'h-40',
}: {
  columns: Column<K>[];
  order: readonly K[];
  fills: Record<K, string>;
  className?: string;
}) {
  const series = stack<Column<K>, K>()
    .keys(order)
    .value((column, key) => column.parts[key].value)(columns);
  const highest = Math.max(1, ...columns.map((column) => order.reduce((sum, key) => sum + column.parts[key].value, 0)));
  const y = scaleLinear().domain([0, highest]).nice(4).range([100, 0]);
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  const width = columns.length * 10;
  const every = Math.ceil(columns.length / MAX_LABELS);
  return (
    <div aria-hidden="true" className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-600">
      <div className={`relative w-8 ${className}`}>
        {ticks.map((tick) => (
          <span key={tick} className="absolute right-0 -translate-y-1/2 tabular-nums" style={{ top: `${y(tick)}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <svg viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" className={`w-full ${className}`}>
        {ticks.map((tick) => (
          <line key={tick} x1={0} x2={width} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" vectorEffect="non-scaling-stroke" />
        ))}
        {series.map((layer) =>
          layer.map(([start, end], index) => {
            if (end <= start) return null;
            const column = columns[index]!;
            return (
              <rect key={`${layer.key}-${column.key}`} x={index * 10 + 1.5} width={7} y={y(end)} height={y(start) - y(end)} className={fills[layer.key]}>
                <title>{column.parts[layer.key].label}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <span />
      <div className="grid" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
        {columns.map((column, index) => (
          <span key={column.key} className="overflow-visible text-center whitespace-nowrap">
            {index % every === 0 ? column.label : ''}
          </span>
        ))}
      </div>
    </div>
  );
}
