/** A mean rating for people: one decimal ("3.4"), or a dash when nobody has been counted. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(1);
}
