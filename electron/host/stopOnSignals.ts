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
