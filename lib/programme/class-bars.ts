import { CRISIS_CLASSES, type CrisisClass } from '@/lib/domain/classification';

/** One bar of the "classes at a glance" charts: a province or a sector, its businesses split by class. */
export interface ClassBar {
  /** The province code or the two-digit NACE division; '' for businesses without one. */
  key: string;
  total: number;
  /** Every class in the classes' fixed order, 0 where the bar has none. */
  segments: Array<{ effectiveClass: CrisisClass; businesses: number }>;
}

/**
 * Adds counts (one row per province × division × class) up into bars by `by`, the largest bar
 * first (ties by key, so the order is stable). Counts of 0 or less are left out.
 */
export function classBars(
  counts: ReadonlyArray<{ province: string; division: string; effectiveClass: CrisisClass; businesses: number }>,
  by: 'province' | 'division',
): ClassBar[] {
  const bars = new Map<string, Map<CrisisClass, number>>();
  for (const count of counts) {
    if (count.businesses <= 0) continue;
    const key = count[by];
    const classes = bars.get(key) ?? new Map<CrisisClass, number>();
    classes.set(count.effectiveClass, (classes.get(count.effectiveClass) ?? 0) + count.businesses);
    bars.set(key, classes);
  }
  return [...bars.entries()]
    .map(([key, classes]) => {
      const segments = CRISIS_CLASSES.map((effectiveClass) => ({ effectiveClass, businesses: classes.get(effectiveClass) ?? 0 }));
      return { key, total: segments.reduce((sum, segment) => sum + segment.businesses, 0), segments };
    })
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}
