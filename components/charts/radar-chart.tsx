export interface RadarSeries {
  label: string;
  values: number[];
  /** Tailwind classes for the polygon (fill + stroke). */
  className: string;
}

/**
 * A radar chart of scores 0–100 in plain SVG (no chart library, renders on the server). It is a
 * picture for sighted users; the same figures are in the table next to it, so the SVG is labelled
 * as one image and its parts hidden from screen readers.
 */
export function RadarChart({ axes, series, label, size = 320 }: { axes: string[]; series: RadarSeries[]; label: string; size?: number }) {
  const center = size / 2;
  const radius = size / 2 - 56;
  const point = (index: number, value: number) => {
    const angle = (Math.PI * 2 * index) / axes.length - Math.PI / 2;
    const r = (radius * Math.max(0, Math.min(100, value))) / 100;
    return [center + r * Math.cos(angle), center + r * Math.sin(angle)] as const;
  };
  const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} className="h-auto w-full max-w-sm">
      <g aria-hidden="true">
        {[25, 50, 75, 100].map((ring) => (
          <polygon key={ring} points={polygon(axes.map(() => ring))} className="fill-none stroke-slate-300" strokeWidth={1} />
        ))}
        {axes.map((axis, i) => {
          const [x, y] = point(i, 100);
          const [lx, ly] = point(i, 122);
          return (
            <g key={axis}>
              <line x1={center} y1={center} x2={x} y2={y} className="stroke-slate-300" strokeWidth={1} />
              <text x={lx} y={ly} textAnchor="middle" dominantBaseline="middle" className="fill-slate-800 text-[11px]">
                {axis}
              </text>
            </g>
          );
        })}
        {series.map((s) => (
          <polygon key={s.label} points={polygon(s.values)} className={s.className} strokeWidth={2} strokeLinejoin="round" />
        ))}
      </g>
    </svg>
  );
}
