import { useEffect, useState } from 'react';
import { useSyncSelector } from '../store/hooks';

/** How often a running timer is redrawn. */
export const TICK_MS = 200;

/**
 * The host's clock as this window estimates it (local clock plus the offset
 * from the last snapshot). While `live`, it refreshes every ~200 ms; the
 * timer is always computed from timestamps, never counted by ticks.
 */
export function useHostNow(live: boolean): number {
  const offset = useSyncSelector((state) => state.sync.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, [live]);
  return now + offset;
}
