import { useMemo } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import { useHostLink } from '../../app/linkContext';

/** Session changes the control window can ask for. Each resolves once the host accepted it, or rejects with a message. */
export interface SessionCommands {
  send(command: Command): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
}

/** The session commands of the control window. */
export function useSessionCommands(): SessionCommands {
  const link = useHostLink();
  return useMemo<SessionCommands>(() => {
    const send = async (command: Command) => {
      await link.call('session.dispatch', command);
    };
    return {
      send,
      next: () => send({ type: 'activity.next' }),
      previous: () => send({ type: 'activity.previous' }),
    };
  }, [link]);
}
