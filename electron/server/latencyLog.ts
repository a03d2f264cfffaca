/** Set GROUNDWORK_LATENCY_LOG=1 to have the server print when it hears a call and pushes an event (for bench/latencyBreakdown.ts). */
const LATENCY_LOG_ON = process.env.GROUNDWORK_LATENCY_LOG === '1';

/**
 * Prints `groundwork-latency <name> <role> <wall-clock ms>` on stderr, only
 * when GROUNDWORK_LATENCY_LOG=1 (off by default: no cost in normal use).
 */
export function logLatency(name: string, role: string): void {
  if (LATENCY_LOG_ON) process.stderr.write(`groundwork-latency ${name} ${role} ${(performance.timeOrigin + performance.now()).toFixed(3)}\n`);
}
