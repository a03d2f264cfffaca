import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const performanceNow = (): number => performance.now();

/** How `useAtMostEvery` reads the clock (the page's, unless a test gives its own) and how much of the time a picture may take. */
export interface AtMostEveryOptions {
  now?: () => number;
  busyShare?: number;
}

/**
 * `value`, passed on at most once per `intervalMs`: a change after a quiet spell shows at once, and the changes that
 * follow it closely show together when the interval is up (always the latest; nothing is dropped, only merged).
 * For pictures that are glanced at, like the projector preview: redrawn and refitted for each of 200 notes a second,
 * it took most of every frame of the window around it; four times a second is as much as an eye reads there.
 *
 * With `busyShare` (0–1), a picture that costs more waits longer: the wait after each one is at least its cost
 * divided by the share, so drawing it takes at most that share of the time. Its cost is the time from passing the
 * value on to this component's layout effects, which run after its children's (the preview's fit is in them); time the
 * window spent busy before drawing counts too, so a loaded window waits longer.
 */
export function useAtMostEvery<T>(value: T, intervalMs: number, { now = performanceNow, busyShare }: AtMostEveryOptions = {}): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  // What the last picture cost, ms, once drawn; and when the value it shows was passed on, until then.
  const cost = useRef(0);
  const passedOnAt = useRef<number | null>(null);
  const latest = useRef(value);
  latest.current = value;
  useLayoutEffect(() => {
    if (passedOnAt.current === null) return;
    cost.current = now() - passedOnAt.current;
    passedOnAt.current = null;
  }, [shown, now]);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    const spacing = busyShare ? Math.max(intervalMs, cost.current / busyShare) : intervalMs;
    const wait = shownAt.current + spacing - now();
    const show = () => {
      shownAt.current = now();
      passedOnAt.current = shownAt.current;
      setShown(() => latest.current);
    };
    if (wait <= 0) {
      show();
      return undefined;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs, now, busyShare]);
  return shown;
}
