import { useEffect, useRef } from 'react';
import { useHostLink } from '../app/linkContext';
import { commandTable } from './commandTable';
import type { CommandContext } from './commandTable';

/**
 * Runs the commands the Electron menu asks this window for (a `command` push:
 * Message to the Room…, Keyboard Shortcuts), through the same context and
 * rules as the keys: not while a dialog is open, not without a session when
 * the command needs one.
 */
export function useMenuCommands(context: CommandContext): void {
  const link = useHostLink();
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  }, [context]);
  useEffect(
    () =>
      link.onPush((message) => {
        if (message.kind !== 'command') return;
        const command = commandTable.find((candidate) => candidate.id === message.id);
        if (!command || document.querySelector('dialog[open]')) return;
        if (command.needsSession && !latest.current.hasSession) return;
        command.run(latest.current);
      }),
    [link],
  );
}
