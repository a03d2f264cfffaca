import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';

/** What the menu items do; main.ts wires each to the host through the control window's connection. */
export interface MenuActions {
  newSession(): void;
  openSession(): void;
  save(): void;
  saveAs(): void;
  exportReport(): void;
  present(): void;
  toggleBlackout(): void;
}

/** Builds the application menu: File (New, Open…, Save, Save As…, Export Report…, Quit), Edit, View (Present, Blackout). */
export function buildAppMenu(Menu: typeof MenuType, actions: MenuActions, platform: NodeJS.Platform, withDevTools: boolean): MenuType {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Session', accelerator: 'CmdOrCtrl+N', click: () => actions.newSession() },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openSession() },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.save() },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
        { type: 'separator' },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportReport() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Present', accelerator: 'F5', click: () => actions.present() },
        { label: 'Blackout Projector', accelerator: 'CmdOrCtrl+B', click: () => actions.toggleBlackout() },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(withDevTools ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
