import { describe, expect, it } from 'vitest';
import { commandTable, findCommand, formatBinding } from '../../../renderer/commands/commandTable';
import type { KeyPress } from '../../../renderer/commands/commandTable';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('command table', () => {
  it('maps the arrow and page keys to next and previous, but not while typing', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(findCommand(press(key), false)?.id).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(findCommand(press(key), false)?.id).toBe('previous');
    expect(findCommand(press('ArrowRight'), true)).toBeUndefined();
    expect(findCommand(press(' '), true)).toBeUndefined();
    expect(findCommand(press('b'), true)).toBeUndefined();
  });

  it('toggles blackout with B (either case) and the timer with Space', () => {
    expect(findCommand(press('b'), false)?.id).toBe('blackout');
    expect(findCommand(press('B'), false)?.id).toBe('blackout');
    expect(findCommand(press('b', { ctrlKey: true }), false)).toBeUndefined();
    expect(findCommand(press(' '), false)?.id).toBe('timer');
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
