import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildAppMenu } from '../../../electron/shell/menu';
import type { MenuActions } from '../../../electron/shell/menu';
import { commandTable } from '../../../shared/commands/commandTable';

/** Builds the menu template without Electron: buildFromTemplate hands the template back. */
function fileMenu(actions: MenuActions): MenuItemConstructorOptions[] {
  const fakeMenu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template } as unknown as typeof Menu;
  const template = buildAppMenu(fakeMenu, actions, 'linux', false) as unknown as MenuItemConstructorOptions[];
  const file = template.find((item) => item.label === '&File');
  return (file?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the Export Report menu item', () => {
  it('sits in the File menu with the same shortcut as the control window, and asks for an export', () => {
    const calls: string[] = [];
    const record = (name: string) => () => void calls.push(name);
    const actions: MenuActions = {
      newSession: record('newSession'),
      runCommand: (id) => void calls.push(id),
    };
    const item = fileMenu(actions).find((entry) => entry.label === 'Export Report…');
    expect(item?.accelerator).toBe('CmdOrCtrl+E');
    const binding = commandTable.find((command) => command.id === 'exportReport')?.keys[0];
    expect(binding).toMatchObject({ key: 'e', mod: true });
    expect(binding?.shift).toBeFalsy();
    (item?.click as (() => void) | undefined)?.();
    expect(calls).toEqual(['exportReport']);
  });
});
