import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import { commandTable } from '../../shared/commands/commandTable';
import type { CommandSpec, MenuSection } from '../../shared/commands/commandTable';
import { registersAccelerator, toAccelerator } from '../../shared/commands/keyBindings';
import type { CommandId } from '../../shared/protocol/commandIds';
import type { UndoStatus } from '../../shared/protocol/hostStatus';

/** What the menu items do; main.ts wires each to the host through the control window's connection. */
export interface MenuActions {
  newSession(): void;
  /** Runs a command of the command table (shared/commands/commandTable.ts) that has a menu item. */
  runCommand(id: CommandId): void;
}

/**
 * One menu item per command of the table in that section, with the command's first key. Plain keys (B, W, F,
 * arrows, Esc) are shown but left to the control window, which ignores them while the facilitator types;
 * on macOS, where a shown key is always registered, they are not shown.
 */
function commandItems(section: MenuSection, actions: MenuActions, isMac: boolean, history: UndoStatus | null = null): MenuItemConstructorOptions[] {
  return commandTable
    .filter((command): command is CommandSpec & { menu: NonNullable<CommandSpec['menu']> } => command.menu?.section === section)
    .map((command) => {
      const binding = command.keys[0];
      const item: MenuItemConstructorOptions = { id: command.id, label: command.menu.label, click: () => actions.runCommand(command.id), ...historyLabel(command.id, history) };
      if (!binding) return item;
      // Ctrl+Z / Ctrl+Y are left to the control window (it chooses a text box's own undo or the session's); a Mac's
      // menu always registers its keys, and there the window's choice runs from the menu item instead.
      const leftToWindow = command.id === 'undo' || command.id === 'redo';
      const registers = registersAccelerator(binding) && (isMac || !leftToWindow);
      if (isMac && !registers) return item;
      return { ...item, accelerator: toAccelerator(binding), ...(registers ? {} : { registerAccelerator: false }) };
    });
}

/** Undo and Redo name the step they would act on ("Undo delete note “Feedback weekly”"), as the top bar does. */
function historyLabel(id: CommandId, history: UndoStatus | null): Partial<MenuItemConstructorOptions> {
  if (id === 'undo') return history?.undo ? { label: `Undo ${history.undo.label}` } : {};
  if (id === 'redo') return history?.redo ? { label: `Redo ${history.redo.label}` } : {};
  return {};
}

/**
 * Builds the application menu: File (New, then the table's file commands, Quit), Edit (the table's Undo and Redo, then
 * Cut, Copy, Paste, Select All), Present (the table's
 * presenting commands), View, Window, Help (the table's help commands: Keyboard Shortcuts).
 */
export function buildAppMenu(
  Menu: typeof MenuType,
  actions: MenuActions,
  platform: NodeJS.Platform,
  withDevTools: boolean,
  /** What Undo and Redo would act on now (the host's status); main.ts rebuilds the menu when it changes. */
  history: UndoStatus | null = null,
): MenuType {
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
    {
      label: '&Edit',
      submenu: [
        // Undo and Redo are the session's (and a text box's own while typing), run by the control window.
        ...commandItems('edit', actions, isMac, history),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
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
