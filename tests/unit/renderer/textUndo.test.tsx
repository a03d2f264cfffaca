// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CommandWindow } from '../../../renderer/control/commands/runCommand';
import { useTextUndoTracking } from '../../../renderer/control/commands/textUndo';
import { useKeyboardCommands } from '../../../renderer/control/commands/useKeyboardCommands';
import { mountReact } from './mountReact';
import { recordingCommandWindow } from './recordingCommandWindow';

function Window({ context }: { context: CommandWindow }) {
  useTextUndoTracking();
  useKeyboardCommands(context);
  return (
    <>
      <textarea aria-label="Capture" />
      <button type="button">Next</button>
    </>
  );
}

function mount() {
  const ran: string[] = [];
  const element = mountReact(<Window context={recordingCommandWindow(true, ran)} />);
  const box = element.querySelector('textarea') as HTMLTextAreaElement;
  const button = element.querySelector('button') as HTMLButtonElement;
  const type = (text: string, inputType = 'insertText') => {
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
  };
  /** Presses a key on the focused element; returns whether the page left it to the browser. */
  const press = (key: string, mods: KeyboardEventInit = {}) =>
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ctrlKey: true, ...mods }));
  return { ran, box, button, type, press };
}

describe('Ctrl+Z in a text box', () => {
  it('stays the browser’s text undo while the box holds text typed since it got the focus', () => {
    const { ran, box, type, press } = mount();
    box.focus();
    type('Feedback wee');
    expect(press('z')).toBe(true);
    expect(ran).toEqual([]);
  });

  it('undoes the session once the box is empty (after a capture, or after undoing the typing)', () => {
    const { ran, box, type, press } = mount();
    box.focus();
    type('Feedback weekly');
    box.value = '';
    expect(press('z')).toBe(false);
    expect(ran).toEqual(['session.undo']);
  });

  it('undoes the session from a box that was not typed in since it got the focus', () => {
    const { ran, box, button, type, press } = mount();
    box.focus();
    type('Feedback weekly');
    button.focus();
    box.focus();
    expect(press('z')).toBe(false);
    expect(ran).toEqual(['session.undo']);
  });

  it('leaves redo to the browser right after a text undo, and to the session otherwise', () => {
    const { ran, box, type, press } = mount();
    box.focus();
    type('Feedback weekly');
    expect(press('z', { shiftKey: true })).toBe(false);
    type('', 'historyUndo');
    expect(press('z', { shiftKey: true })).toBe(true);
    expect(press('y')).toBe(true);
    expect(ran).toEqual(['session.redo']);
  });

  it('undoes and redoes the session outside text boxes', () => {
    const { ran, button, press } = mount();
    button.focus();
    expect(press('z')).toBe(false);
    expect(press('z', { shiftKey: true })).toBe(false);
    expect(press('y', { ctrlKey: false, metaKey: true })).toBe(false);
    expect(ran).toEqual(['session.undo', 'session.redo', 'session.redo']);
  });
});
