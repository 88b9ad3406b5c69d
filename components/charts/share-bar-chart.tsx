import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export interface ShareBarRow<K extends string> {
  key: string;
  label: string;
  /** Per part, its share in percent and what it says (the segment's tooltip). */
  parts: Record<K, { percent: number; label: string }>;
  /** Text beside the bar (a reference figure, a total). */
  note?: string;
}

/**
 * Horizontal 100 % bars split into parts (d3's stack and linear scale, server-rendered SVG), one
 * row per item with its label and a note in HTML beside it. `fills` gives each part its Tailwind
 * fill class.
 */
export function ShareBarChart<K extends string>({
  rows,
  order,
  fills,
  compact = false,
}: {
  rows: ShareBarRow<K>[];
  order: readonly K[];
  fills: Record<K, string>;
  /** In a narrow card: the note goes under the bar at every width, so the bar keeps its room. */
  compact?: boolean;
}) {
  const x = scaleLinear().domain([0, 100]).range([0, 100]);
  const series = stack<ShareBarRow<K>, K>()
    .keys(order)
    .value((row, key) => row.parts[key].percent)(rows);
  return (
    <ul className="flex flex-col gap-1.5">
      {rows.map((row, index) => (
        <li
          key={row.key}
          className={
            compact
              ? 'grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-x-3 gap-y-0.5 text-sm'
              : 'grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[minmax(0,14rem)_1fr_minmax(0,18rem)]'
          }
        >
          <span className="truncate" title={row.label}>
            {row.label}
          </span>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-5 w-full" aria-hidden="true">
            {series.map((layer) => {
              const [start, end] = layer[index]!;
              if (end <= start) return null;
              return (
                <rect key={layer.key} x={x(start)} width={x(Math.min(end, 100)) - x(start)} y={0} height={10} className={fills[layer.key]}>
                  <title>{row.parts[layer.key].label}</title>
                </rect>
              );
            })}
          </svg>
          <span className={compact ? 'col-span-2 text-xs text-slate-600' : 'col-span-2 text-xs text-slate-600 sm:col-span-1'}>{row.note ?? ''}</span>
        </li>
      ))}
    </ul>
  );
}
