/**
 * A mean rating as everyone reads it, on the board, the projector and in the report: one decimal,
 * halves rounded up ("3.4", "4.0", 23 ratings over 20 people "1.2"), or "–" when nobody has been
 * counted. Rounds the tenths first: `toFixed` alone rounds the binary value, so 1.15 (stored as
 * 1.1499…) would read "1.1" on one screen and "1.2" on another.
 */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : (Math.round(mean * 10) / 10).toFixed(1);
}
