import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { BackupOffer } from '../../shared/protocol/messages';
import { SESSION_FILE_EXTENSION } from '../../shared/session/sessionFile';
import { atomicWrite, backupPath } from '../files/atomicWrite';
import type { FileData } from '../files/atomicWrite';
import type { FileSystemPort } from '../files/fileSystemPort';
import { SavedElsewhereError } from './diskErrors';
import { openSessionId } from './openSessions';
import type { LoadedSessionFile } from './readSessionFile';
import { readSessionFile } from './readSessionFile';
import { isInside, toWorkspaceRelative } from './workspacePaths';

/**
 * Where a named session is written when its own file cannot be (the folder
 * has gone, the drive was pulled out): a copy in the recovery folder, named
 * after the file so a person browsing the folder can tell what it is.
 */
export function emergencyCopyPath(recoveryDir: string, namedFile: string): string {
  const stem = path.basename(namedFile).replace(/\.groundwork$/i, '').slice(0, 80) || 'session';
  return path.join(recoveryDir, `${stem}-${openSessionId(namedFile).slice(0, 8)}${SESSION_FILE_EXTENSION}`);
}

/**
 * Writes session files. When a named file cannot be written, the same bytes
 * go to its emergency copy in the recovery folder and the write still fails
 * (with SavedElsewhereError: the named file does not hold them). The copy is
 * removed once the named file is written again.
 */
export class SessionWriter {
  /** Emergency copies written (or adopted by a restore) in this run. */
  private readonly copies = new Set<string>();

  constructor(
    private readonly recoveryDir: string,
    private readonly fs: FileSystemPort | undefined,
    /** Checks a named file's real location just before each write; throws to refuse it. */
    private readonly checkTarget: (file: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** A restored emergency copy: removed once its named file has been written. */
  adopt(copy: string): void {
    this.copies.add(copy);
  }

  /** Writes one version atomically; `keepBackup` false leaves the existing `.bak` as it is. */
  async write(file: string, text: FileData, keepBackup: boolean): Promise<void> {
    try {
      if (!isInside(this.recoveryDir, file)) await this.checkTarget(file);
      await atomicWrite(file, text, { fs: this.fs, keepBackup });
    } catch (error) {
      if (isInside(this.recoveryDir, file)) throw error;
      const copy = emergencyCopyPath(this.recoveryDir, file);
      // Remembered before writing: even a copy whose last step failed is removed once the file is written.
      this.copies.add(copy);
      try {
        await fsp.mkdir(this.recoveryDir, { recursive: true });
        await atomicWrite(copy, text, { fs: this.fs });
      } catch {
        throw error;
      }
      throw new SavedElsewhereError(error);
    }
    const copy = emergencyCopyPath(this.recoveryDir, file);
    if (this.copies.delete(copy)) {
      await fsp.rm(copy, { force: true }).catch(() => undefined);
      await fsp.rm(backupPath(copy), { force: true }).catch(() => undefined);
    }
  }
}

/** A readable earlier copy of a session file. */
export interface ReadableCopy {
  absolute: string;
  kind: BackupOffer['kind'];
  loaded: LoadedSessionFile;
}

/** Reads a session file, or returns null when it is missing or cannot be read for any reason. */
export async function tryReadSessionFile(absolute: string): Promise<LoadedSessionFile | null> {
  try {
    return await readSessionFile(absolute);
  } catch {
    return null;
  }
}

/**
 * The newest readable earlier copy of a session file: its `.bak`, or the
 * copy in the recovery folder (an emergency copy of a named file, or the
 * backup of an untitled session's recovery copy). Only reads.
 */
export async function newestReadableCopy(absolute: string, recoveryDir: string): Promise<ReadableCopy | null> {
  const candidates: { absolute: string; kind: BackupOffer['kind'] }[] = [{ absolute: backupPath(absolute), kind: 'backup' }];
  if (!isInside(recoveryDir, absolute)) candidates.push({ absolute: emergencyCopyPath(recoveryDir, absolute), kind: 'recovery' });
  let best: ReadableCopy | null = null;
  for (const candidate of candidates) {
    const loaded = await tryReadSessionFile(candidate.absolute);
    if (loaded && (!best || loaded.savedAt > best.loaded.savedAt)) best = { ...candidate, loaded };
  }
  return best;
}

/**
 * The path a window is given for an offered copy. Browser windows only see
 * paths inside the workspace, so a copy in a data folder elsewhere is named
 * by its place in the recovery folder; the host maps it back itself.
 */
export function offerPath(mode: 'browser' | 'desktop', workspaceDir: string, recoveryDir: string, absolute: string): string {
  if (mode === 'desktop') return absolute;
  return toWorkspaceRelative(workspaceDir, absolute) ?? `recovery/${path.relative(recoveryDir, absolute).split(path.sep).join('/')}`;
}
