import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import { commandTable, registersAccelerator, toAccelerator } from '../../renderer/commands/commandTable';
import type { CommandId, CommandSpec, MenuSection } from '../../renderer/commands/commandTable';

/** What the menu items do; main.ts wires each to the host through the control window's connection. */
export interface MenuActions {
  newSession(): void;
  /** Runs a command of the command table (renderer/commands/commandTable.ts) that has a menu item. */
  runCommand(id: CommandId): void;
}

/**
 * One menu item per command of the table in that section, with the command's first key. Plain keys (B, W, F,
 * arrows, Esc) are shown but left to the control window, which ignores them while the facilitator types;
 * on macOS, where a shown key is always registered, they are not shown.
 */
function commandItems(section: MenuSection, actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  return commandTable
    .filter((command): command is CommandSpec & { menu: NonNullable<CommandSpec['menu']> } => command.menu?.section === section)
    .map((command) => {
      const binding = command.keys[0];
      const item: MenuItemConstructorOptions = { id: command.id, label: command.menu.label, click: () => actions.runCommand(command.id) };
      if (!binding) return item;
      const registers = registersAccelerator(binding);
      if (isMac && !registers) return item;
      return { ...item, accelerator: toAccelerator(binding), ...(registers ? {} : { registerAccelerator: false }) };
    });
}

/**
 * Builds the application menu: File (New, then the table's file commands, Quit), Edit, Present (the table's
 * presenting commands), View, Window, Help (the table's help commands: Keyboard Shortcuts).
 */
export function buildAppMenu(Menu: typeof MenuType, actions: MenuActions, platform: NodeJS.Platform, withDevTools: boolean): MenuType {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Session', accelerator: 'CmdOrCtrl+N', click: () => actions.newSession() },
        { type: 'separator' },
        ...commandItems('file', actions, isMac),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    { label: '&Present', submenu: commandItems('present', actions, isMac) },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(withDevTools ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: commandItems('help', actions, isMac) },
  ];
  return Menu.buildFromTemplate(template);
}
