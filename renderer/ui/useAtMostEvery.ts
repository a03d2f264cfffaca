import { useEffect, useRef, useState } from 'react';

const performanceNow = (): number => performance.now();

/**
 * `value`, passed on at most once per `intervalMs`: a change after a quiet spell shows at once, and the changes that
 * follow it closely show together when the interval is up (always the latest; nothing is dropped, only merged).
 * For pictures that are glanced at, like the projector preview: redrawn and refitted for each of 200 notes a second,
 * it took most of every frame of the window around it; four times a second is as much as an eye reads there.
 */
export function useAtMostEvery<T>(value: T, intervalMs: number, now: () => number = performanceNow): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    const wait = shownAt.current + intervalMs - now();
    const show = () => {
      shownAt.current = now();
      setShown(() => latest.current);
    };
    if (wait <= 0) {
      show();
      return undefined;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs, now]);
  return shown;
}
