import path from 'node:path';
import type { SessionFileInfo } from '../../../shared/protocol/hostStatus';
import type { SessionState } from '../../../shared/session/types';
import type { PdfPrinter } from '../hostTypes';
import type { WorkspacePath } from '../workspacePaths';

/** The folders every path is checked against, absolute. */
export interface Places {
  workspaceDir: string;
  dataDir: string;
  recoveryDir: string;
}

/**
 * Everything about paths that differs between the desktop app and browser
 * mode, chosen once in `createHost`. Desktop: absolute paths, native dialogs,
 * files the operating system or the recent list handed over. Browser: every
 * path a window names is relative to the workspace and must stay inside it.
 * The rest of the host asks the policy and never checks which mode it runs in.
 */
export interface PathPolicy {
  /** Windows choose files in native dialogs (the desktop, when the shell supplies them). */
  readonly nativeDialogs: boolean;
  /** Reading the workshop folder may follow links (browser mode: a link could lead out of the workspace). */
  readonly followFolderLinks: boolean;
  /** The report's save dialog, where this mode has one; otherwise the report goes to a path the window names. */
  readonly reportDialog: ((defaultPath: string) => Promise<string | null>) | null;
  /** Prints a report to PDF, where this mode can (the desktop app, when the shell supplies a printer); null: no PDF export. */
  readonly reportPrinter: PdfPrinter | null;
  /** The path a window uses for a file, or null when no window can reach it. */
  windowPath(absolute: string): string | null;
  /** How windows are shown a path: the path they use, or the absolute path when they cannot reach it. */
  shown(absolute: string): string;
  /** How a window is told a path it named inside the workspace. */
  shownInWorkspace(resolved: WorkspacePath): string;
  /** The path a window is given for an offered copy (a backup or recovery copy); the host maps it back itself. */
  offerPath(absolute: string): string;
  /** Whether a session an earlier run left open at this path may be offered here. */
  mayOffer(absolute: string): boolean;
  /** Which session file to open; null: cancelled (or, in a browser, no path given yet). */
  chooseOpenPath(requested: string | undefined): Promise<string | null>;
  /** Where to save the session, with the extension; null: cancelled (or no path given yet). */
  chooseSavePath(requested: string | undefined, session: SessionState): Promise<string | null>;
  /** Before each write of a named file: throws a RefusedWriteError when it now leads where this mode may not write. */
  checkStillAllowed(absolute: string): Promise<void>;
  /** The workshop folder a window asked for, absolute. */
  resolveFolder(requested: string): Promise<string>;
  /** A stored workshop folder setting as this mode may use it; null: use the default. */
  usableFolder(chosen: string): Promise<string | null>;
}

/** A session file as windows see it: the path they use (or the absolute one when they cannot reach it) and its name. */
export function fileInfoOf(paths: PathPolicy, absolute: string): SessionFileInfo {
  return { path: paths.shown(absolute), name: path.basename(absolute) };
}
