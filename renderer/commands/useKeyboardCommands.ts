import { useEffect, useRef } from 'react';
import { findCommand } from './commandTable';
import type { CommandContext } from './commandTable';
import { textBoxKeepsKey } from './textUndo';

/** Whether the focus is somewhere the keys belong to text entry. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** Whether the focus is on something Space already activates (a button, link or checkbox). */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"]') !== null;
}

/**
 * Runs commands from the command table on key presses in this window.
 * Single keys never fire while typing or inside a dialog; Ctrl/Cmd
 * shortcuts work even while typing.
 */
export function useKeyboardCommands(context: CommandContext): void {
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  }, [context]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const command = findCommand(event, isTypingTarget(event.target));
      if (!command) return;
      if (command.id === 'timer' && isActivatable(event.target)) return;
      if ((command.id === 'undo' || command.id === 'redo') && textBoxKeepsKey(event.target, command.id)) return;
      event.preventDefault();
      if (event.repeat) return;
      if (command.needsSession && !latest.current.hasSession) return;
      command.run(latest.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
