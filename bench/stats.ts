/** The nearest-rank percentile of raw samples (no interpolation): the value that p % of the samples are at or below. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
