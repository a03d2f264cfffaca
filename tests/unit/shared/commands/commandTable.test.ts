import { describe, expect, it } from 'vitest';
import { commandTable, findCommand } from '../../../../shared/commands/commandTable';
import { bindingsOverlap, formatBinding, toAccelerator } from '../../../../shared/commands/keyBindings';
import type { FocusPlace, KeyPress } from '../../../../shared/commands/keyBindings';
import { COMMAND_IDS } from '../../../../shared/protocol/commandIds';

/** A key press with no modifier but those given. */
const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

/** The id of the command a key press asks for, with the focus outside text unless said. */
const commandAt = (focus: FocusPlace | boolean, key: string, mods?: Partial<Omit<KeyPress, 'key'>>) => findCommand(press(key, mods), focus)?.id;
const outside = (key: string, mods?: Partial<Omit<KeyPress, 'key'>>) => commandAt(false, key, mods);

describe('the one command table', () => {
  it('gives no key to two commands', () => {
    const bindings = commandTable.flatMap((command) => command.keys.map((binding) => ({ id: command.id, binding })));
    const clashes = bindings.flatMap((a, i) => bindings.slice(i + 1).filter((b) => bindingsOverlap(a.binding, b.binding)).map((b) => `${a.id} and ${b.id} share ${a.binding.key}`));
    expect(clashes).toEqual([]);
  });

  it('finds the overlap the test above guards against', () => {
    expect(bindingsOverlap({ key: 'F5' }, { key: 'F5', shift: true })).toBe(true);
    expect(bindingsOverlap({ key: 'F5', shift: false }, { key: 'F5', shift: true })).toBe(false);
    expect(bindingsOverlap({ key: 'b' }, { key: 'B' })).toBe(true);
  });

  it('knows exactly the command ids the protocol lets the menu ask for, each with a key', () => {
    expect(commandTable.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
    expect(commandTable.filter((command) => command.keys.length === 0).map((command) => command.id)).toEqual([]);
  });

  it('writes bindings for the legend per platform', () => {
    const save = commandTable.find((command) => command.id === 'save')?.keys[0];
    if (!save) throw new Error('no save binding');
    expect(formatBinding(save, false)).toBe('Ctrl+S');
    expect(formatBinding(save, true)).toBe('⌘S');
  });

  it('writes accelerators as Electron expects', () => {
    expect(toAccelerator({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator({ key: 'ArrowRight' })).toBe('Right');
    expect(toAccelerator({ key: ' ' })).toBe('Space');
  });

  it('swaps the screens with Alt+X (X, as in Keynote, would be typing), and lists it in the legend', () => {
    const swap = commandTable.find((command) => command.id === 'swapDisplays');
    expect(swap).toMatchObject({ keys: [{ key: 'x', alt: true }], inLegend: true, menu: { section: 'present', label: 'Swap Displays' } });
    expect(findCommand(press('x'), true)).toBeUndefined();
  });
});

describe('keys outside text boxes', () => {
  it('uses the keys PowerPoint and Keynote users know', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown'].map((key) => outside(key))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => outside(key))).toEqual(['previous', 'previous', 'previous']);
    expect([outside('b'), outside('B'), outside('.')]).toEqual(['blackout', 'blackout', 'blackout']);
    expect(outside('w', { altKey: true, code: 'KeyW' })).toBe('white');
    expect(outside('F5')).toBe('present');
    expect(outside('F5', { shiftKey: true })).toBe('presentFromCurrent');
    expect(outside('Escape')).toBe('live');
    expect(outside('f', { altKey: true, code: 'KeyF' })).toBe('freeze');
    expect(outside('m', { altKey: true, code: 'KeyM' })).toBe('message');
    expect(outside('?', { shiftKey: true })).toBe('legend');
    expect(outside(' ')).toBe('timer');
    expect([outside('x', { altKey: true, code: 'KeyX' }), outside('x'), outside('X', { shiftKey: true })]).toEqual(['swapDisplays', undefined, undefined]);
  });

  it('toggles blackout with B (either case) or period, not with Ctrl+B', () => {
    expect(outside('b')).toBe('blackout');
    expect(outside('B')).toBe('blackout');
    expect(outside('.')).toBe('blackout');
    expect(outside('b', { ctrlKey: true })).toBeUndefined();
  });

  it('never turns ordinary typing outside a text box into a room command other than the clicker\'s B and period', () => {
    const commandsFromLetters = 'acdefghijklmnopqrstuvwxyzACDEFGHIJKLMNOPQRSTUVWXYZ0123456789,'
      .split('')
      .map((key) => outside(key, { shiftKey: key !== key.toLowerCase() }))
      .filter((id) => id !== undefined);
    expect(commandsFromLetters).toEqual([]);
  });
});

describe('keys while the focus is in a text box', () => {
  it('keeps the clicker\'s PageUp/PageDown, not the arrows', () => {
    expect(commandAt(true, 'PageDown')).toBe('next');
    expect(commandAt('emptyCapture', 'PageUp')).toBe('previous');
    expect(commandAt(true, 'ArrowRight')).toBeUndefined();
    expect(commandAt(true, ' ')).toBeUndefined();
    expect(commandAt(true, 'b')).toBeUndefined();
    expect(commandAt('emptyCapture', '.')).toBeUndefined();
  });

  it('keeps Space as the timer key outside text and in the empty capture box only', () => {
    expect(outside(' ')).toBe('timer');
    expect(commandAt('emptyCapture', ' ')).toBe('timer');
    expect(commandAt('text', ' ')).toBeUndefined();
  });

  it('ignores every single-key command while typing, but keeps F5, PageUp/PageDown and the chords', () => {
    for (const key of ['b', 'w', 'f', 'm', 'x', '?', 'Escape', '.', ',', ' ', 'ArrowRight']) expect(commandAt(true, key)).toBeUndefined();
    expect(commandAt(true, 'PageUp')).toBe('previous');
    expect(commandAt(true, 'F5')).toBe('present');
    expect(commandAt(true, 's', { ctrlKey: true })).toBe('save');
  });

  it('gives the room commands Alt (Option) chords that work wherever the focus is, matched by the physical key', () => {
    const chord = (focus: FocusPlace | boolean, key: string, code: string) => commandAt(focus, key, { altKey: true, code });
    for (const focus of [false, true, 'emptyCapture'] as const) {
      expect(chord(focus, 'b', 'KeyB')).toBe('blackout');
      expect(chord(focus, 'w', 'KeyW')).toBe('white');
      expect(chord(focus, 'f', 'KeyF')).toBe('freeze');
      expect(chord(focus, 'm', 'KeyM')).toBe('message');
      expect(chord(focus, 'x', 'KeyX')).toBe('swapDisplays');
    }
    // Option+F types "ƒ" on a Mac; the physical key still says F.
    expect(chord(true, 'ƒ', 'KeyF')).toBe('freeze');
    // AltGr (Ctrl+Alt) types characters on European keyboards: never a command.
    expect(commandAt(true, 'f', { altKey: true, ctrlKey: true, code: 'KeyF' })).toBeUndefined();
  });

  it('puts the focus in the capture box with Ctrl/Cmd+K from anywhere', () => {
    expect(commandAt(true, 'k', { ctrlKey: true })).toBe('focusCapture');
    expect(commandAt(false, 'k', { metaKey: true })).toBe('focusCapture');
  });

  it('saves with Ctrl/Cmd+S even while typing, Save As with Shift, Open with O', () => {
    expect(commandAt(true, 's', { ctrlKey: true })).toBe('save');
    expect(commandAt(true, 's', { metaKey: true })).toBe('save');
    expect(commandAt(true, 'S', { ctrlKey: true, shiftKey: true })).toBe('saveAs');
    expect(outside('o', { ctrlKey: true })).toBe('open');
    expect(outside('s')).toBeUndefined();
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Ctrl/Cmd+Shift+Z or Ctrl+Y, even while typing', () => {
    for (const typing of [false, true]) {
      const id = (key: string, mods?: Partial<Omit<KeyPress, 'key'>>) => commandAt(typing, key, mods);
      expect([id('z', { ctrlKey: true }), id('z', { metaKey: true })]).toEqual(['undo', 'undo']);
      expect([id('Z', { ctrlKey: true, shiftKey: true }), id('z', { metaKey: true, shiftKey: true }), id('y', { ctrlKey: true })]).toEqual(['redo', 'redo', 'redo']);
      expect(id('z')).toBeUndefined();
    }
  });
});
