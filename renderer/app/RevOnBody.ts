import { useLayoutEffect } from 'react';
import { useSyncSelector } from '../store/hooks';

/**
 * Mirrors the applied revision on `document.body.dataset.rev` once the DOM shows it (tests and benchmarks wait on it).
 * Rendered as its own leaf (`<RevOnBody />`): the revision changes on every event, and a hook in the window's root
 * re-rendered the whole window each time. Its layout effect runs in the same commit as the rest of that event's update.
 */
export function RevOnBody(): null {
  const rev = useSyncSelector((state) => state.sync.rev);
  useLayoutEffect(() => {
    if (rev !== null) document.body.dataset.rev = String(rev);
  }, [rev]);
  return null;
}
