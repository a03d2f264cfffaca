import { backupPath } from '../files/atomicWrite';
import type { LoadedSessionFile } from './readSessionFile';
import { readSessionFile } from './readSessionFile';
import { emergencyCopyPath } from './sessionCopies';
import { isInside } from './workspacePaths';

/**
 * The copies a session can have, in the order that wins when two were saved
 * at the same moment: the file itself, its emergency copy in the recovery
 * folder (written when the file could not be), then its `.bak` (the version
 * before the file's last save). The `.bak` is older than the file by
 * construction, so it is only read when the file itself cannot be (reading a
 * 50 MB file twice would double the time to reopen it).
 */
export const COPY_ORDER = ['file', 'recovery', 'backup'] as const;

/** Which copy of a session a path holds. */
export type CopyKind = (typeof COPY_ORDER)[number];

/** A copy other than the file itself; a window is offered it by this kind (`BackupOffer['kind']`). */
export type EarlierCopyKind = Exclude<CopyKind, 'file'>;

/** One copy of a session that could be read. */
export interface ReadableCopy<K extends CopyKind = CopyKind> {
  absolute: string;
  kind: K;
  loaded: LoadedSessionFile;
}

/**
 * The one policy for choosing among copies of a session: the newest readable
 * copy (by the time it was saved), and on a tie the first in `COPY_ORDER`, so
 * an older copy never wins over a newer file. Pure; null when none is given.
 */
export function newestCopy<C extends { kind: CopyKind; loaded: { savedAt: number } }>(copies: readonly C[]): C | null {
  let best: C | null = null;
  for (const copy of copies) {
    if (best === null || copy.loaded.savedAt > best.loaded.savedAt || (copy.loaded.savedAt === best.loaded.savedAt && COPY_ORDER.indexOf(copy.kind) < COPY_ORDER.indexOf(best.kind))) best = copy;
  }
  return best;
}

/** Where each copy of a session file lives; an untitled session's file is already in the recovery folder, so it has no emergency copy. */
export function copyPaths(file: string, recoveryDir: string): { absolute: string; kind: CopyKind }[] {
  const paths: { absolute: string; kind: CopyKind }[] = [{ absolute: file, kind: 'file' }];
  if (!isInside(recoveryDir, file)) paths.push({ absolute: emergencyCopyPath(recoveryDir, file), kind: 'recovery' });
  paths.push({ absolute: backupPath(file), kind: 'backup' });
  return paths;
}

/** What reading every copy of a session found: the copies that read, and why the file itself did not. Only reads. */
export interface CopiesRead {
  readable: ReadableCopy[];
  /** The file's own problem, as a sentence; null when it read. */
  fileProblem: string | null;
}

/**
 * Reads the copies of a session file that can compete: the `.bak` only when
 * the file does not read. `earlierOnly` skips the file itself (already known
 * not to read).
 */
export async function readCopies(file: string, recoveryDir: string, earlierOnly = false): Promise<CopiesRead> {
  const readable: ReadableCopy[] = [];
  let fileProblem: string | null = null;
  for (const { absolute, kind } of copyPaths(file, recoveryDir)) {
    if (earlierOnly && kind === 'file') continue;
    if (kind === 'backup' && readable.some((copy) => copy.kind === 'file')) continue;
    try {
      readable.push({ absolute, kind, loaded: await readSessionFile(absolute) });
    } catch (error) {
      if (kind === 'file') fileProblem = error instanceof Error ? error.message : String(error);
    }
  }
  return { readable, fileProblem };
}

/** The newest readable earlier copy of a file that could not be opened: its emergency copy or its `.bak`. Only reads. */
export async function newestEarlierCopy(file: string, recoveryDir: string): Promise<ReadableCopy<EarlierCopyKind> | null> {
  const { readable } = await readCopies(file, recoveryDir, true);
  return newestCopy(readable.filter((copy): copy is ReadableCopy<EarlierCopyKind> => copy.kind !== 'file'));
}
