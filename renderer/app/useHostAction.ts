import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../transport/hostCallError';

/** The state of one user action that calls the host. */
export interface HostAction<A extends unknown[]> {
  /** Runs the action; resolves to true when it succeeded, false when it failed (the error is kept to show). */
  run: (...args: A) => Promise<boolean>;
  pending: boolean;
  error: string | null;
  clearError: () => void;
}

/**
 * Wraps an async host call so a component can show a pending state and an
 * error message next to the control that started it.
 */
export function useHostAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>): HostAction<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async (...args: A): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await latest.current(...args);
      return true;
    } catch (caught) {
      if (mounted.current) setError(describeError(caught));
      return false;
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
