import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerbResult } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { describeError } from '../../transport/hostCallError';

/** The workshops the host offers, the folder they come from and the files it skipped. */
export type WorkshopList = VerbResult<'workshops.list'>;

/** The workshop list for the home screen, loaded on connect; `refresh` reads the folder again. */
export function useWorkshopList(connected: boolean): {
  list: WorkshopList | null;
  error: string | null;
  loading: boolean;
  refresh: () => Promise<void>;
} {
  const link = useHostLink();
  const [list, setList] = useState<WorkshopList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latestRequest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latestRequest.current;
    setLoading(true);
    try {
      const result = await link.call('workshops.list', {});
      if (request !== latestRequest.current) return;
      setList(result);
      setError(null);
    } catch (caught) {
      if (request === latestRequest.current) setError(describeError(caught));
    } finally {
      if (request === latestRequest.current) setLoading(false);
    }
  }, [link]);

  useEffect(() => {
    if (connected) void refresh();
    return () => {
      latestRequest.current++;
    };
  }, [connected, refresh]);

  return { list, error, loading, refresh };
}
