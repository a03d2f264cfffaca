import path from 'node:path';
import type { Role } from '../../shared/protocol/roles';

/** The two kinds of window the desktop app opens. */
export type WindowRole = Extract<Role, 'control' | 'presenter'>;

/** Where the shell finds its own files, all derived from the app's root folder. */
export interface ShellPaths {
  /** Folder holding the built renderer pages (dist/renderer). */
  rendererDir: string;
  /** The bundled, sandboxed preload script (dist-electron/preload.cjs). */
  preloadFile: string;
}

/** Works out the shell's paths from the app root (app.getAppPath(): the project folder, or app.asar when packaged). */
export function shellPaths(appRoot: string): ShellPaths {
  return {
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preloadFile: path.join(appRoot, 'dist-electron', 'preload.cjs'),
  };
}

/** The HTML page a window of this role loads. */
export function pageFor(paths: ShellPaths, role: WindowRole): string {
  return path.join(paths.rendererDir, role === 'control' ? 'control.html' : 'presenter.html');
}

/** The command-line flag the preload reads to learn which window it is in. */
export function roleArgument(role: WindowRole): string {
  return `--groundwork-role=${role}`;
}
