import fs from 'node:fs';
import path from 'node:path';

/** Where sessions are kept, and what to tell the facilitator when it is not the usual place. */
export interface WorkspaceChoice {
  dir: string;
  /** A sentence for the facilitator when the usual folder could not be made; null when all is as expected. */
  notice: string | null;
}

/** The part of the file system the choice needs (replaced in tests). */
export interface FolderMaker {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  accessSync(dir: string, mode: number): void;
}

/**
 * The workspace folder: `<Documents>/Groundwork`, or, when that cannot be made or written (Windows Controlled Folder
 * Access blocks apps from Documents; a redirected Documents folder that is offline), `<app data>/Workspace`, saying so.
 * Start-up must not stop over it: the facilitator can still save anywhere with Save As.
 */
export function chooseWorkspaceFolder(documentsDir: string, dataDir: string, maker: FolderMaker = fs): WorkspaceChoice {
  const preferred = path.join(documentsDir, 'Groundwork');
  const problem = folderProblem(preferred, maker);
  if (problem === null) return { dir: preferred, notice: null };
  const fallback = path.join(dataDir, 'Workspace');
  const fallbackProblem = folderProblem(fallback, maker);
  if (fallbackProblem !== null) throw new Error(`Groundwork could not make a folder for its sessions: ${preferred} (${problem}) nor ${fallback} (${fallbackProblem}).`);
  return {
    dir: fallback,
    notice: `Groundwork could not use ${preferred} (${problem}), so sessions are kept in ${fallback} for now. Allow Groundwork to write to Documents, or choose another folder with Save As.`,
  };
}

function folderProblem(dir: string, maker: FolderMaker): string | null {
  try {
    maker.mkdirSync(dir, { recursive: true });
    maker.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return code ?? (error instanceof Error ? error.message : String(error));
  }
}
