import { useEffect, useRef } from 'react';
import { focusCaptureTarget, isCaptureTarget } from '../notes/captureFocus';
import { findCommand } from '../../../shared/commands/commandTable';
import type { FocusPlace } from '../../../shared/commands/keyBindings';
import { runCommand } from './runCommand';
import type { CommandWindow } from './runCommand';
import { textBoxKeepsKey } from './textUndo';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** Whether the focus is somewhere the keys belong to text entry (a checkbox, radio or button input is not). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target.closest('textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** Where the focus is, as the command table's key places see it. */
export function focusPlaceOf(target: EventTarget | null): FocusPlace {
  if (!isTypingTarget(target)) return 'outside';
  return target instanceof HTMLInputElement && isCaptureTarget(target) && target.value === '' ? 'emptyCapture' : 'text';
}

/** Whether the focus is on something Space presses (a button, link or checkbox reached with Tab: a click gives the focus back). */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, input[type="checkbox"], input[type="radio"], [role="button"], [role="checkbox"], [role="switch"]') !== null;
}

/**
 * Whether the focus is on a control the arrow keys move within (a radio group, a slider, a list box, a drag handle
 * that moves its item, as @dnd-kit marks it): the arrows stay theirs.
 */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input[type="radio"], input[type="range"], select, [role="radio"], [role="slider"], [role="listbox"], [role="option"], [role="tab"], [aria-roledescription="sortable"]') !== null
  );
}

/** A key that types one visible character (a letter, digit or sign), with no Ctrl, Cmd or Alt. */
function typesCharacter(event: KeyboardEvent): boolean {
  return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * The control window's key model, with the command table as its one list of keys:
 * - a command acts only where its binding allows (single keys outside text boxes; chords and PageUp/PageDown anywhere);
 * - Esc in a text box leaves it (a second Esc is the table's "back to live");
 * - a character typed when no text box has the focus goes into the current activity's capture box, never to a command
 *   other than the clicker's B and period;
 * - Space presses a button that has the focus (reached with Tab); elsewhere outside text it is the timer key;
 * - the arrows move within a radio group, slider, list box or drag handle that has the focus, as everywhere;
 * - nothing runs while a dialog is open (the dialog owns the keys).
 */
export function useKeyboardCommands(controlWindow: CommandWindow): void {
  const latest = useRef(controlWindow);
  useEffect(() => {
    latest.current = controlWindow;
  }, [controlWindow]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      // Space presses a button reached with Tab, as everywhere; after a click the focus is not there (useReleaseFocusAfterClick).
      if (event.key === ' ' && isActivatable(event.target)) return;
      if (event.key.startsWith('Arrow') && ownsArrowKeys(event.target)) return;
      const focus = focusPlaceOf(event.target);
      const command = findCommand(event, focus);
      if (command) {
        if ((command.id === 'undo' || command.id === 'redo') && textBoxKeepsKey(event.target, command.id)) return;
        event.preventDefault();
        if (event.repeat) return;
        void runCommand(command.id, latest.current);
        return;
      }
      if (focus !== 'outside' && event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        (event.target as HTMLElement).blur();
        return;
      }
      // Moving the focus during keydown makes the browser insert the character into the capture box.
      if (focus === 'outside' && latest.current.hasSession && typesCharacter(event)) focusCaptureTarget();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
