/**
 * Names of session files, for the host, the Electron shell and the windows alike. Kept apart from
 * `sessionFile.ts` so a window can use it without pulling the session schema (and zod) into its bundle.
 */
import { safeFileName } from '../util/fileNames';

/** File name extension of session files. */
export const SESSION_FILE_EXTENSION = '.groundwork';

/** Adds `.groundwork` to a name or path that lacks it (some Linux dialogs do not add it); spaces around it are dropped. */
export function withSessionExtension(name: string): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith(SESSION_FILE_EXTENSION) ? trimmed : `${trimmed}${SESSION_FILE_EXTENSION}`;
}

/**
 * The name Save As suggests for a session, without the extension: "Sales team 2026-11-28", made
 * safe for every file system and short enough that the extension still fits.
 */
export function suggestedSessionName(group: string, date: string): string {
  return safeFileName(`${group} ${date}`, SESSION_FILE_EXTENSION, 'Session').slice(0, -SESSION_FILE_EXTENSION.length);
}
