import { fileNameProblem as sharedFileNameProblem, safeFileName } from '../../../shared/util/fileNames';

/**
 * File name extension of session files. Same value as SESSION_FILE_EXTENSION in
 * shared/session/sessionFile.ts, which is not imported here because that module
 * pulls the full zod build into the window's bundle (a unit test keeps them equal).
 */
export const SESSION_FILE_EXTENSION = '.groundwork';

/** Whether a workspace folder path names the workspace itself. */
export function isRootFolder(folder: string): boolean {
  return folder === '' || folder === '.' || folder === '/' || folder === './';
}

/** The folder that holds this one, or null at the workspace root. */
export function parentFolder(folder: string): string | null {
  if (isRootFolder(folder)) return null;
  const trimmed = folder.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut <= 0 ? '' : trimmed.slice(0, cut);
}

/** The folders from the root to this one, for a breadcrumb. */
export function folderTrail(folder: string): { name: string; path: string }[] {
  if (isRootFolder(folder)) return [];
  const parts = folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  return parts.map((name, index) => ({ name, path: parts.slice(0, index + 1).join('/') }));
}

/** Checks a file name typed in the in-app Save As dialog by the rule the host applies (shared/util/fileNames.ts); returns a problem or null. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Enter a name for the file.';
  return sharedFileNameProblem(withSessionExtension(name));
}

/** Adds the session extension if missing. */
export function withSessionExtension(name: string): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith(SESSION_FILE_EXTENSION) ? trimmed : `${trimmed}${SESSION_FILE_EXTENSION}`;
}

/** A path inside a workspace folder. */
export function joinPath(folder: string, name: string): string {
  return isRootFolder(folder) ? name : `${folder.replace(/[\\/]+$/, '')}/${name}`;
}

/** A suggested file name for a session: "Sales team 2026-11-28". */
export function suggestFileName(group: string, date: string): string {
  return safeFileName(`${group} ${date}`, '', 'Session');
}
