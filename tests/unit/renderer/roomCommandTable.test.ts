import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildAppMenu } from '../../../electron/shell/menu';
import { bindingsOverlap, commandTable, findCommand, toAccelerator } from '../../../renderer/commands/commandTable';
import type { CommandContext, CommandId, KeyPress } from '../../../renderer/commands/commandTable';
import { COMMAND_IDS } from '../../../shared/protocol/commandIds';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

/** The menu template as the shell builds it for a platform, without Electron. */
function menuTemplate(platform: NodeJS.Platform, run: (id: CommandId) => void = () => undefined): MenuItemConstructorOptions[] {
  const fakeMenu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template } as unknown as typeof Menu;
  return buildAppMenu(fakeMenu, { newSession: () => undefined, runCommand: run }, platform, false) as unknown as MenuItemConstructorOptions[];
}

function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

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

  it('reaches every command from a key AND from the application menu, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ran: CommandId[] = [];
      const items = menuItems(menuTemplate(platform, (id) => ran.push(id))).filter((item) => typeof item.id === 'string');
      for (const item of items) (item.click as (() => void) | undefined)?.();
      expect(ran.sort(), platform).toEqual(commandTable.map((command) => command.id).sort());
    }
    expect(commandTable.filter((command) => command.keys.length === 0).map((command) => command.id)).toEqual([]);
  });

  it('knows exactly the command ids the protocol lets the menu ask for', () => {
    expect(commandTable.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('uses the keys PowerPoint and Keynote users know', () => {
    const id = (key: string, mods?: Partial<Omit<KeyPress, 'key'>>) => findCommand(press(key, mods), false)?.id;
    expect(['ArrowRight', 'ArrowDown', 'PageDown'].map((key) => id(key))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => id(key))).toEqual(['previous', 'previous', 'previous']);
    expect([id('b'), id('B'), id('.')]).toEqual(['blackout', 'blackout', 'blackout']);
    expect(id('w', { altKey: true, code: 'KeyW' })).toBe('white');
    expect(id('F5')).toBe('present');
    expect(id('F5', { shiftKey: true })).toBe('presentFromCurrent');
    expect(id('Escape')).toBe('live');
    expect(id('f', { altKey: true, code: 'KeyF' })).toBe('freeze');
    expect(id('m', { altKey: true, code: 'KeyM' })).toBe('message');
    expect(id('?', { shiftKey: true })).toBe('legend');
    expect(id(' ')).toBe('timer');
    expect([id('x', { altKey: true, code: 'KeyX' }), id('x'), id('X', { shiftKey: true })]).toEqual(['swapDisplays', undefined, undefined]);
  });

  it('swaps the screens with Alt+X (X, as in Keynote, would be typing), and lists it in the legend', () => {
    const swap = commandTable.find((command) => command.id === 'swapDisplays');
    expect(swap).toMatchObject({ keys: [{ key: 'x', alt: true }], inLegend: true, menu: { section: 'present', label: 'Swap Displays' } });
    expect(findCommand(press('x'), true)).toBeUndefined();
  });

  it('ignores every single-key command while typing, but keeps F5, PageUp/PageDown and the chords', () => {
    for (const key of ['b', 'w', 'f', 'm', 'x', '?', 'Escape', '.', ',', ' ', 'ArrowRight']) expect(findCommand(press(key), true)).toBeUndefined();
    expect(findCommand(press('PageUp'), true)?.id).toBe('previous');
    expect(findCommand(press('F5'), true)?.id).toBe('present');
    expect(findCommand(press('s', { ctrlKey: true }), true)?.id).toBe('save');
  });

  it('runs each command through its own action', () => {
    const calls: string[] = [];
    const context = new Proxy({ hasSession: true } as CommandContext, {
      get: (_target, name) => (name === 'hasSession' ? true : () => void calls.push(String(name))),
    });
    for (const command of commandTable) command.run(context);
    expect(new Set(calls).size).toBe(commandTable.length);
  });
});

describe('the application menu, built from the table', () => {
  it('lists the presenting commands with their keys, leaving plain keys to the window', () => {
    const ran: CommandId[] = [];
    const present = menuTemplate('linux', (id) => ran.push(id)).find((item) => item.label === '&Present');
    const items = (present?.submenu ?? []) as MenuItemConstructorOptions[];
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('present')).toMatchObject({ label: 'Present', accelerator: 'F5' });
    expect(byId.get('present')?.registerAccelerator).toBeUndefined();
    expect(byId.get('presentFromCurrent')).toMatchObject({ accelerator: 'Shift+F5' });
    expect(byId.get('blackout')).toMatchObject({ label: 'Black Screen', accelerator: 'B', registerAccelerator: false });
    expect(byId.get('live')).toMatchObject({ accelerator: 'Esc', registerAccelerator: false });
    expect(byId.get('swapDisplays')).toMatchObject({ label: 'Swap Displays', accelerator: 'Alt+X', registerAccelerator: false });
    expect(byId.get('message')).toMatchObject({ label: 'Message to the Room…', accelerator: 'Alt+M', registerAccelerator: false });
    (byId.get('freeze')?.click as (() => void) | undefined)?.();
    expect(ran).toEqual(['freeze']);
  });

  it('puts Keyboard Shortcuts in the Help menu', () => {
    const ran: CommandId[] = [];
    const help = menuTemplate('linux', (id) => ran.push(id)).find((item) => item.label === '&Help');
    const items = (help?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label)).toEqual(['Keyboard Shortcuts']);
    (items[0]?.click as (() => void) | undefined)?.();
    expect(ran).toEqual(['legend']);
  });

  it('does not show plain keys on macOS, where a shown key would fire while typing', () => {
    const present = menuTemplate('darwin').find((item) => item.label === '&Present');
    const items = (present?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(items.find((item) => item.id === 'blackout')?.accelerator).toBeUndefined();
    expect(items.find((item) => item.id === 'present')?.accelerator).toBe('F5');
  });

  it('puts Undo and Redo in the Edit menu, naming the step each would act on, and leaves Ctrl+Z to the window', () => {
    const ran: CommandId[] = [];
    const history = { undo: { step: 7, label: 'delete note “Feedback weekly”' }, redo: { step: 5, label: 'add note “Plans”' } };
    const fakeMenu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template } as unknown as typeof Menu;
    const build = (platform: NodeJS.Platform) =>
      buildAppMenu(fakeMenu, { newSession: () => undefined, runCommand: (id) => ran.push(id) }, platform, false, history) as unknown as MenuItemConstructorOptions[];
    const edit = build('linux').find((item) => item.label === '&Edit');
    const items = (edit?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(items[0]).toMatchObject({ id: 'undo', label: 'Undo delete note “Feedback weekly”', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(items[1]).toMatchObject({ id: 'redo', label: 'Redo add note “Plans”', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(items.slice(2).map((item) => item.role ?? item.type)).toEqual(['separator', 'cut', 'copy', 'paste', 'selectAll']);
    for (const item of items.slice(0, 2)) (item.click as () => void)();
    expect(ran).toEqual(['undo', 'redo']);
    const mac = (build('darwin').find((item) => item.label === '&Edit')?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(mac[0]).toMatchObject({ id: 'undo', accelerator: 'CmdOrCtrl+Z' });
    expect(mac[0]?.registerAccelerator).toBeUndefined();
    const empty = (menuTemplate('linux').find((item) => item.label === '&Edit')?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(empty.slice(0, 2).map((item) => item.label)).toEqual(['Undo', 'Redo']);
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Ctrl/Cmd+Shift+Z or Ctrl+Y, even while typing', () => {
    for (const typing of [false, true]) {
      const id = (key: string, mods?: Partial<Omit<KeyPress, 'key'>>) => findCommand(press(key, mods), typing)?.id;
      expect([id('z', { ctrlKey: true }), id('z', { metaKey: true })]).toEqual(['undo', 'undo']);
      expect([id('Z', { ctrlKey: true, shiftKey: true }), id('z', { metaKey: true, shiftKey: true }), id('y', { ctrlKey: true })]).toEqual(['redo', 'redo', 'redo']);
      expect(id('z')).toBeUndefined();
    }
  });

  it('writes accelerators as Electron expects', () => {
    expect(toAccelerator({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator({ key: 'ArrowRight' })).toBe('Right');
    expect(toAccelerator({ key: ' ' })).toBe('Space');
  });
});
