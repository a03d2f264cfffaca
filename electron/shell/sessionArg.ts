import path from 'node:path';

/** The file extension of a saved Groundwork session. */
export const SESSION_EXTENSION = '.groundwork';

/**
 * Finds the session file named on a command line (the last argument ending
 * in .groundwork that is not a flag), as an absolute path. Returns null when
 * there is none.
 */
export function findSessionArg(argv: readonly string[], cwd: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(SESSION_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}

/** Adds the .groundwork extension to a chosen save path that lacks it (some Linux dialogs do not add it). */
export function withSessionExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(SESSION_EXTENSION) ? filePath : `${filePath}${SESSION_EXTENSION}`;
}
