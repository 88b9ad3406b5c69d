export interface RadarSeries {
  label: string;
  values: number[];
  /**
   * `own`: the member's own shape, filled with the accent and drawn on top, so it stands out;
   * `reference`: what it is compared with (the sector's peers), a dashed outline without fill.
   */
  variant: 'own' | 'reference';
}

/** How each kind of shape looks, shared by the chart and its legend so the two always match. */
const LOOKS = {
  own: { className: 'fill-brand-500/35 stroke-brand-700', strokeWidth: 2.5, dash: undefined },
  reference: { className: 'fill-none stroke-slate-500', strokeWidth: 1.5, dash: '5 4' },
} as const;

const FONT_SIZE = 14;
const LINE_HEIGHT = 16;
/** A character's width at FONT_SIZE, a little above Inter's average of about 0.55 em. */
const CHAR_WIDTH = 0.6 * FONT_SIZE;
/** Between the outer ring and an axis label. */
const LABEL_GAP = 8;
const PADDING = 6;
/** Labels longer than this go onto two lines at the space nearest the middle. */
const WRAP_AFTER = 14;

function labelLines(label: string): string[] {
  if (label.length <= WRAP_AFTER || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let split = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) if (split === -1 || Math.abs(i - middle) < Math.abs(split - middle)) split = i;
  return [label.slice(0, split), label.slice(split + 1)];
}

/**
 * A radar chart of scores 0–100 in plain SVG (no chart library, renders on the server). It is a
 * picture for sighted users; the same figures are in the table next to it, so the SVG is labelled
 * as one image and its parts hidden from screen readers.
 *
 * The axis labels sit outside the outer ring, anchored away from it (left of the left axes, right
 * of the right ones), and the viewBox is the box around rings and labels, so no label is cut off
 * or covers the ring however narrow the screen: the whole picture scales down together.
 */
export function RadarChart({ axes, series, label }: { axes: string[]; series: RadarSeries[]; label: string }) {
  // Small beside the labels' font, so the labels stay legible when the picture scales down to a phone.
  const radius = 80;
  const direction = (index: number) => {
    const angle = (Math.PI * 2 * index) / axes.length - Math.PI / 2;
    return { cos: Math.cos(angle), sin: Math.sin(angle) };
  };
  const point = (index: number, value: number) => {
    const { cos, sin } = direction(index);
    const r = (radius * Math.max(0, Math.min(100, value))) / 100;
    return [r * cos, r * sin] as const;
  };
  const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');

  const labels = axes.map((axis, i) => {
    const { cos, sin } = direction(i);
    const lines = labelLines(axis);
    const x = (radius + LABEL_GAP) * cos;
    const y = (radius + LABEL_GAP) * sin;
    const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH;
    const height = lines.length * LINE_HEIGHT;
    // Above the chart the block ends at the anchor, below it starts there, beside it is centred.
    const top = sin < -0.5 ? y - height : sin > 0.5 ? y : y - height / 2;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { axis, lines, x, top, anchor, box: { left, right: left + width, top, bottom: top + height } } as const;
  });
  const minX = Math.min(-radius, ...labels.map((l) => l.box.left)) - PADDING;
  const maxX = Math.max(radius, ...labels.map((l) => l.box.right)) + PADDING;
  const minY = Math.min(-radius, ...labels.map((l) => l.box.top)) - PADDING;
  const maxY = Math.max(radius, ...labels.map((l) => l.box.bottom)) + PADDING;
  // The member's own shape last, so it lies on top of the comparison.
  const ordered = [...series.filter((s) => s.variant === 'reference'), ...series.filter((s) => s.variant === 'own')];

  return (
    <svg viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} role="img" aria-label={label} className="h-auto w-full max-w-md">
      <g aria-hidden="true">
        {[25, 50, 75, 100].map((ring) => (
          <polygon key={ring} points={polygon(axes.map(() => ring))} className="fill-none stroke-slate-200" strokeWidth={1} />
        ))}
        {axes.map((axis, i) => {
          const [x, y] = point(i, 100);
          return <line key={axis} x1={0} y1={0} x2={x} y2={y} className="stroke-slate-200" strokeWidth={1} />;
        })}
        {ordered.map((s) => {
          const look = LOOKS[s.variant];
          return (
            <g key={s.label}>
              <polygon
                points={polygon(s.values)}
                className={look.className}
                strokeWidth={look.strokeWidth}
                strokeDasharray={look.dash}
                strokeLinejoin="round"
              />
              {s.variant === 'own'
                ? s.values.map((v, i) => {
                    const [x, y] = point(i, v);
                    return <circle key={axes[i]} cx={x} cy={y} r={3} className="fill-brand-700" />;
                  })
                : null}
            </g>
          );
        })}
        {labels.map((l) => (
          <text key={l.axis} textAnchor={l.anchor} className="fill-slate-800" fontSize={FONT_SIZE}>
            {l.lines.map((line, i) => (
              <tspan key={line} x={l.x} y={l.top + (i + 0.5) * LINE_HEIGHT} dominantBaseline="central">
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** The chart's legend: a swatch per shape, drawn like the shape itself. */
export function RadarLegend({ series }: { series: Array<Pick<RadarSeries, 'label' | 'variant'>> }) {
  return (
    <ul className="flex flex-wrap justify-center gap-4 text-sm" data-testid="radar-legend">
      {series.map((s) => {
        const look = LOOKS[s.variant];
        return (
          <li key={s.label} className="flex items-center gap-1.5">
            <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true">
              <rect
                x={1.5}
                y={1.5}
                width={13}
                height={13}
                rx={2}
                className={look.className}
                strokeWidth={look.strokeWidth}
                strokeDasharray={look.dash ? '3 2' : undefined}
              />
            </svg>
            {s.label}
          </li>
        );
      })}
    </ul>
  );
}
