/** What `stopOnSignals` needs from the process; injectable for tests. */
export interface SignalTarget {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * On SIGINT or SIGTERM, runs `stop` once (close windows, write pending
 * saves to disk) and only then exits: 0 when it finished, 1 when it failed.
 * A second signal while stopping is ignored, so a hurried Ctrl+C twice
 * cannot cut the last save short.
 */
export function stopOnSignals(stop: (signal: 'SIGINT' | 'SIGTERM') => Promise<void>, onError: (error: unknown) => void, target: SignalTarget = process): void {
  let stopping = false;
  const handle = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (stopping) return;
    stopping = true;
    stop(signal).then(
      () => target.exit(0),
      (error: unknown) => {
        onError(error);
        target.exit(1);
      },
    );
  };
  target.on('SIGINT', () => handle('SIGINT'));
  target.on('SIGTERM', () => handle('SIGTERM'));
}

/** What `flushOnCrash` needs from the process; injectable for tests. */
export interface CrashTarget {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  exit(code: number): void;
}

/** How long a crashing host may spend writing pending saves before it leaves anyway. */
export const CRASH_FLUSH_LIMIT_MS = 5000;

/**
 * On an uncaught exception or unhandled rejection (a bug in the host): reports
 * it, writes the pending saves of the session in memory (at most `limitMs`),
 * then exits with 1. The session stays listed as open, so the next start
 * reopens it. A second failure while writing exits at once.
 */
export function flushOnCrash(flush: () => Promise<void>, report: (error: unknown) => void, target: CrashTarget = process, limitMs = CRASH_FLUSH_LIMIT_MS): void {
  let crashed = false;
  const handle = (error: unknown): void => {
    report(error);
    if (crashed) {
      target.exit(1);
      return;
    }
    crashed = true;
    const timer = setTimeout(() => target.exit(1), limitMs);
    void flush()
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        target.exit(1);
      });
  };
  target.on('uncaughtException', handle);
  target.on('unhandledRejection', handle);
}
