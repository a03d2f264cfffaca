import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildAppMenu } from '../../../electron/shell/menu';
import { commandTable } from '../../../shared/commands/commandTable';
import type { CommandId } from '../../../shared/protocol/commandIds';

/** The menu template as the shell builds it for a platform, without Electron. */
function menuTemplate(platform: NodeJS.Platform, run: (id: CommandId) => void = () => undefined): MenuItemConstructorOptions[] {
  const fakeMenu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template } as unknown as typeof Menu;
  return buildAppMenu(fakeMenu, { newSession: () => undefined, runCommand: run }, platform, false) as unknown as MenuItemConstructorOptions[];
}

function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

describe('the application menu, built from the command table', () => {
  it('reaches every command of the table (each has a key too), on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ran: CommandId[] = [];
      const items = menuItems(menuTemplate(platform, (id) => ran.push(id))).filter((item) => typeof item.id === 'string');
      for (const item of items) (item.click as (() => void) | undefined)?.();
      expect(ran.sort(), platform).toEqual(commandTable.map((command) => command.id).sort());
    }
    expect(commandTable.filter((command) => command.keys.length === 0).map((command) => command.id)).toEqual([]);
  });

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
});
