import { useMemo } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import type { ProjectorScreen } from '../../../shared/session/types';
import { useHostLink } from '../../app/linkContext';

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

/** The room commands of the control window. */
export function useRoomCommands(): RoomCommands {
  const link = useHostLink();
  return useMemo<RoomCommands>(() => {
    const send = async (command: Command) => {
      await link.call('session.dispatch', command);
    };
    return {
      // Toggles are worked out by the host on its session: this window's copy can be a moment behind.
      toggleScreen: (screen) => send({ type: 'presenter.toggleScreen', screen }),
      toggleFreeze: () => send({ type: 'presenter.toggleFreeze' }),
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
  }, [link]);
}
