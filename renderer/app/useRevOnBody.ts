import { useLayoutEffect } from 'react';
import { useAppSelector } from '../store/hooks';

/** Mirrors the applied revision on `document.body.dataset.rev` once the DOM shows it (tests and benchmarks wait on it). */
export function useRevOnBody(): void {
  const rev = useAppSelector((state) => state.sync.rev);
  useLayoutEffect(() => {
    if (rev !== null) document.body.dataset.rev = String(rev);
  }, [rev]);
}
