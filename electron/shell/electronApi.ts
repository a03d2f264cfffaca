import type * as ElectronModule from 'electron';

/**
 * The parts of Electron the shell uses. Only electron/main.ts imports
 * 'electron' at runtime and hands these in, so every shell module stays
 * loadable (and testable) in plain Node.
 */
export type ElectronApi = Pick<typeof ElectronModule, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'powerSaveBlocker' | 'screen' | 'session'>;
