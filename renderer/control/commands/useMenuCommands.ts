import { useEffect, useRef } from 'react';
import { isCommandId } from '../../../shared/protocol/commandIds';
import { useHostLink } from '../../app/linkContext';
import { runCommand } from './runCommand';
import type { CommandWindow } from './runCommand';

/**
 * Runs the commands the Electron menu asks this window for (a `command` push: Message to the Room…, Keyboard
 * Shortcuts, Undo, Redo), as a key would: not while a dialog is open, not without a session when the command needs one.
 */
export function useMenuCommands(controlWindow: CommandWindow): void {
  const link = useHostLink();
  const latest = useRef(controlWindow);
  useEffect(() => {
    latest.current = controlWindow;
  }, [controlWindow]);
  useEffect(
    () =>
      link.onPush((message) => {
        if (message.kind !== 'command' || !isCommandId(message.id) || document.querySelector('dialog[open]')) return;
        void runCommand(message.id, latest.current);
      }),
    [link],
  );
}
