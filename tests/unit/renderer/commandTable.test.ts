import { describe, expect, it } from 'vitest';
import { commandTable, findCommand, formatBinding } from '../../../renderer/commands/commandTable';
import type { KeyPress } from '../../../renderer/commands/commandTable';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('command table', () => {
  it('maps the arrow and page keys to next and previous; the clicker\'s PageUp/PageDown work even while typing, the arrows do not', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(findCommand(press(key), false)?.id).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(findCommand(press(key), false)?.id).toBe('previous');
    expect(findCommand(press('PageDown'), true)?.id).toBe('next');
    expect(findCommand(press('PageUp'), 'emptyCapture')?.id).toBe('previous');
    expect(findCommand(press('ArrowRight'), true)).toBeUndefined();
    expect(findCommand(press(' '), true)).toBeUndefined();
    expect(findCommand(press('b'), true)).toBeUndefined();
    expect(findCommand(press('.'), 'emptyCapture')).toBeUndefined();
  });

  it('toggles blackout with B (either case) or period outside text, and the timer with Space outside text or in the empty capture box', () => {
    expect(findCommand(press('b'), false)?.id).toBe('blackout');
    expect(findCommand(press('B'), false)?.id).toBe('blackout');
    expect(findCommand(press('.'), false)?.id).toBe('blackout');
    expect(findCommand(press('b', { ctrlKey: true }), false)).toBeUndefined();
    expect(findCommand(press(' '), false)?.id).toBe('timer');
    expect(findCommand(press(' '), 'emptyCapture')?.id).toBe('timer');
    expect(findCommand(press(' '), 'text')).toBeUndefined();
  });

  it('gives the room commands Alt (Option) chords that work wherever the focus is, matched by the physical key', () => {
    const chord = (key: string, code: string) => press(key, { altKey: true, code });
    for (const focus of [false, true, 'emptyCapture'] as const) {
      expect(findCommand(chord('b', 'KeyB'), focus)?.id).toBe('blackout');
      expect(findCommand(chord('w', 'KeyW'), focus)?.id).toBe('white');
      expect(findCommand(chord('f', 'KeyF'), focus)?.id).toBe('freeze');
      expect(findCommand(chord('m', 'KeyM'), focus)?.id).toBe('message');
      expect(findCommand(chord('x', 'KeyX'), focus)?.id).toBe('swapDisplays');
    }
    // Option+F types "ƒ" on a Mac; the physical key still says F.
    expect(findCommand(chord('ƒ', 'KeyF'), true)?.id).toBe('freeze');
    // AltGr (Ctrl+Alt) types characters on European keyboards: never a command.
    expect(findCommand(press('f', { altKey: true, ctrlKey: true, code: 'KeyF' }), true)).toBeUndefined();
  });

  it('never turns ordinary typing outside a text box into a room command other than the clicker\'s B and period', () => {
    const commandsFromLetters = 'acdefghijklmnopqrstuvwxyzACDEFGHIJKLMNOPQRSTUVWXYZ0123456789,'
      .split('')
      .map((key) => findCommand(press(key, { shiftKey: key !== key.toLowerCase() }), false)?.id)
      .filter((id) => id !== undefined);
    expect(commandsFromLetters).toEqual([]);
  });

  it('puts the focus in the capture box with Ctrl/Cmd+K from anywhere', () => {
    expect(findCommand(press('k', { ctrlKey: true }), true)?.id).toBe('focusCapture');
    expect(findCommand(press('k', { metaKey: true }), false)?.id).toBe('focusCapture');
  });

  it('saves with Ctrl/Cmd+S even while typing, Save As with Shift, Open with O', () => {
    expect(findCommand(press('s', { ctrlKey: true }), true)?.id).toBe('save');
    expect(findCommand(press('s', { metaKey: true }), true)?.id).toBe('save');
    expect(findCommand(press('S', { ctrlKey: true, shiftKey: true }), true)?.id).toBe('saveAs');
    expect(findCommand(press('o', { ctrlKey: true }), false)?.id).toBe('open');
    expect(findCommand(press('s'), false)).toBeUndefined();
  });

  it('writes bindings for the legend per platform', () => {
    const save = commandTable.find((command) => command.id === 'save')?.keys[0];
    if (!save) throw new Error('no save binding');
    expect(formatBinding(save, false)).toBe('Ctrl+S');
    expect(formatBinding(save, true)).toBe('⌘S');
  });
});
