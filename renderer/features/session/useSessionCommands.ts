import { useMemo } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import { toggleRoomTimerCommand } from '../../../shared/session/roomTimer';
import { useHostLink } from '../../app/linkContext';
import { useAppStore } from '../../store/hooks';

/** Session changes the control window can ask for. Each resolves once the host accepted it, or rejects with a message. */
export interface SessionCommands {
  send(command: Command): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  toggleBlackout(): Promise<void>;
  /** Starts the timer the room sees (a reflection stage's countdown while a stage runs, else the activity's), or pauses it. */
  toggleTimer(): Promise<void>;
}

/** The session commands of the control window, reading the latest state when they run. */
export function useSessionCommands(): SessionCommands {
  const link = useHostLink();
  const store = useAppStore();
  return useMemo<SessionCommands>(() => {
    const send = async (command: Command) => {
      await link.call('session.dispatch', command);
    };
    const session = () => {
      const current = store.getState().session;
      if (!current) throw new Error('No session is open.');
      return current;
    };
    return {
      send,
      next: () => send({ type: 'activity.next' }),
      previous: () => send({ type: 'activity.previous' }),
      toggleBlackout: async () => send({ type: 'presenter.setScreen', screen: session().presenter.screen === 'black' ? 'live' : 'black' }),
      toggleTimer: async () => send(toggleRoomTimerCommand(session())),
    };
  }, [link, store]);
}
