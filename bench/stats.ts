/** Percentiles of a sample, in the sample's unit. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

/** Nearest-rank percentiles, rounded to 0.01. */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), samples: sorted.length };
}
