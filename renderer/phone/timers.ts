/** A timer's handle, whatever the environment returns. */
export type TimerHandle = ReturnType<typeof setTimeout>;

/** Time and timers, injectable for tests. */
export interface Timers {
  setTimeout(run: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  now(): number;
}

/** The page's own timers and clock (looked up at each call, so fake timers in tests apply). */
export const pageTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle),
  now: () => Date.now(),
};
