import { fileNameProblem as sharedFileNameProblem } from '../../../shared/util/fileNames';
import { withSessionExtension } from '../../../shared/session/sessionFileName';

export { SESSION_FILE_EXTENSION, withSessionExtension } from '../../../shared/session/sessionFileName';

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

/** A path inside a workspace folder. */
export function joinPath(folder: string, name: string): string {
  return isRootFolder(folder) ? name : `${folder.replace(/[\\/]+$/, '')}/${name}`;
}
