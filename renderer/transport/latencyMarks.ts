/** One moment the latency bench asked to see: a name and the wall-clock time (performance.timeOrigin + now), ms. */
export interface LatencyMark {
  name: string;
  at: number;
}

/** The page-global list the bench installs before the page loads (bench/latencyBreakdown.ts); absent otherwise. */
interface LatencyLogHolder {
  __groundworkLatency?: LatencyMark[];
}

/**
 * Records that `name` happened now, for the latency bench only: it does
 * nothing unless the page was opened with `window.__groundworkLatency` set
 * to an array (the bench sets it; nothing in the app does).
 */
export function markLatency(name: string): void {
  const log = (globalThis as LatencyLogHolder).__groundworkLatency;
  if (Array.isArray(log)) log.push({ name, at: performance.timeOrigin + performance.now() });
}
