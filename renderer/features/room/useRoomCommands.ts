import { useMemo } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import type { ProjectorScreen } from '../../../shared/session/types';
import { useHostLink } from '../../app/linkContext';
import { useAppStore } from '../../store/hooks';

/** What the facilitator can do to the room's screen. Each resolves once the host accepted it, or rejects with a message. */
export interface RoomCommands {
  /** Shows that screen, or goes back to live if it is showing already. */
  toggleScreen(screen: Exclude<ProjectorScreen, 'live'>): Promise<void>;
  /** Freezes the projector on the activity shown now, or unfreezes it (it then shows the current activity). */
  toggleFreeze(): Promise<void>;
  /** Shows a message over the projected activity; null or empty removes it. */
  setMessage(message: string | null): Promise<void>;
  /** Clears black, white, message and freeze. */
  returnToLive(): Promise<void>;
  /** Opens (or shows) the presenter. Resolves to a URL the browser refused to open, if it did. */
  present(): Promise<string | null>;
  setTimerEndSound(on: boolean): Promise<void>;
  /** Swaps the screens of the presenter and the control window. Resolves to why nothing moved, or null when it did. */
  swapDisplays(): Promise<string | null>;
}

/** The room commands of the control window, reading the latest state when they run. */
export function useRoomCommands(): RoomCommands {
  const link = useHostLink();
  const store = useAppStore();
  return useMemo<RoomCommands>(() => {
    const send = async (command: Command) => {
      await link.call('session.dispatch', command);
    };
    const presenter = () => {
      const session = store.getState().session;
      if (!session) throw new Error('No session is open.');
      return session.presenter;
    };
    return {
      toggleScreen: async (screen) => send({ type: 'presenter.setScreen', screen: presenter().screen === screen ? 'live' : screen }),
      toggleFreeze: async () => send({ type: 'presenter.setFrozen', frozen: presenter().frozenActivityId === null }),
      setMessage: (message) => send({ type: 'presenter.setMessage', message }),
      returnToLive: () => send({ type: 'presenter.returnToLive' }),
      present: async () => {
        const result = await link.call('presenter.open', {});
        if (!result.url) return null;
        const opened = window.open(result.url, 'groundwork-presenter');
        return opened ? null : result.url;
      },
      setTimerEndSound: (on) => send({ type: 'settings.setTimerEndSound', on }),
      swapDisplays: async () => {
        const result = await link.call('presenter.swapDisplays', {});
        return result.swapped ? null : result.reason;
      },
    };
  }, [link, store]);
}
