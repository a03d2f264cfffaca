/**
 * Who owns Ctrl/Cmd+Z while the focus is in a text box: the browser's own text undo, or the session's undo.
 *
 * The rule (also written beside the undo and redo commands in shared/commands/commandTable.ts): in a text box the facilitator has
 * typed in since it got the focus, Undo stays the browser's while the box still holds text, and Redo stays the
 * browser's right after a text undo or redo. Anywhere else (an empty box, a box not typed in, no text box) the keys
 * undo and redo the session. So typing "Feedback wee" then Ctrl+Z takes back the typing; once the box is empty (or
 * after a capture empties it) the next Ctrl+Z takes back the last session change.
 */
import { useEffect } from 'react';

/** The text box typed in last since it got the focus, and the browser's name for the last edit (`insertText`, `historyUndo`, …). */
let lastTyping: { box: EventTarget; inputType: string } | null = null;

function isTextBox(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement | HTMLElement {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

function textOf(box: HTMLInputElement | HTMLTextAreaElement | HTMLElement): string {
  return box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement ? box.value : (box.textContent ?? '');
}

/** Whether the focused text box keeps Ctrl/Cmd+Z (undo) or Ctrl/Cmd+Shift+Z and Ctrl+Y (redo) for its own typing. */
export function textBoxKeepsKey(target: EventTarget | null, direction: 'undo' | 'redo'): boolean {
  if (!lastTyping || lastTyping.box !== target || !isTextBox(target)) return false;
  if (direction === 'undo') return textOf(target) !== '';
  return lastTyping.inputType === 'historyUndo' || lastTyping.inputType === 'historyRedo';
}

/** Runs a text box's own undo or redo (a menu item asked, so no key reached the box). Returns whether it did. */
export function undoTyping(direction: 'undo' | 'redo'): boolean {
  const focused = document.activeElement;
  if (!textBoxKeepsKey(focused, direction)) return false;
  // execCommand is the only way to reach the browser's own undo stack of a text box.
  document.execCommand(direction);
  return true;
}

/** Follows what the facilitator types in this window, so textBoxKeepsKey can apply the rule. */
export function useTextUndoTracking(): void {
  useEffect(() => {
    const onInput = (event: Event) => {
      if (isTextBox(event.target) && event.target) lastTyping = { box: event.target, inputType: event instanceof InputEvent ? event.inputType : 'insertText' };
    };
    const onFocus = (event: FocusEvent) => {
      if (lastTyping && event.target !== lastTyping.box) lastTyping = null;
    };
    window.addEventListener('input', onInput, true);
    window.addEventListener('focusin', onFocus, true);
    return () => {
      window.removeEventListener('input', onInput, true);
      window.removeEventListener('focusin', onFocus, true);
      lastTyping = null;
    };
  }, []);
}
