import path from 'node:path';
import { SESSION_FILE_EXTENSION } from '../../shared/session/sessionFileName';

/**
 * Finds the session file named on a command line (the last argument ending
 * in .groundwork that is not a flag), as an absolute path. Returns null when
 * there is none.
 */
export function findSessionArg(argv: readonly string[], cwd: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(SESSION_FILE_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}
