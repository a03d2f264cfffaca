import path from 'node:path';
import type { RecoveryOffer } from '../../shared/protocol/verbs';
import type { SessionFileInfo } from '../../shared/protocol/hostStatus';
import { backupPath } from '../files/atomicWrite';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import type { OpenSessionEntry } from './openSessions';
import type { LoadedSessionFile } from './readSessionFile';
import { readSessionFile } from './readSessionFile';
import { emergencyCopyPath, tryReadSessionFile } from './sessionCopies';
import type { SessionKeeper } from './sessionKeeper';
import { isInside } from './workspacePaths';
import { allNotes } from '../../shared/session/noteTable';

/** The entries this host may offer: a browser window only ever reaches the workspace and the recovery folder. */
function reachable(ctx: HostContext): OpenSessionEntry[] {
  return ctx.openSessions.leftover().filter((entry) => ctx.mode === 'desktop' || isInside(ctx.workspaceDir, entry.path) || isInside(ctx.recoveryDir, entry.path));
}

/** Which copy of a session left open would be restored, and how it is kept afterwards. */
interface RecoveryChoice {
  source: string;
  loaded: LoadedSessionFile;
  /** The named file it saves to after restoring; null: an untitled session. */
  named: string | null;
  /** The restored content is not in its new home yet, so write it at once. */
  writeNow: boolean;
  notice: string | null;
}

/**
 * Picks the copy to restore: the newest readable one. A named file that is
 * newer than its copy in the recovery folder wins and is opened as it is
 * (recovery never writes an older copy over a newer file). A copy newer than
 * a readable named file is restored into that file; the file's previous
 * version is kept as its `.bak`. When the named file cannot be read, the copy
 * opens as an untitled session and the file is left alone.
 */
async function chooseCopy(ctx: HostContext, entry: OpenSessionEntry): Promise<RecoveryChoice | null> {
  if (entry.untitled) {
    const main = await tryReadSessionFile(entry.path);
    if (main) return { source: entry.path, loaded: main, named: null, writeNow: false, notice: null };
    const bak = await tryReadSessionFile(backupPath(entry.path));
    if (bak) return { source: backupPath(entry.path), loaded: bak, named: null, writeNow: true, notice: 'The last recovery copy could not be read, so the one saved just before it will be restored.' };
    return null;
  }
  const name = path.basename(entry.path);
  let main: LoadedSessionFile | null = null;
  let problem = '';
  try {
    main = await readSessionFile(entry.path);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const copyPath = emergencyCopyPath(ctx.recoveryDir, entry.path);
  const copy = await tryReadSessionFile(copyPath);
  if (main && (!copy || main.savedAt >= copy.savedAt)) {
    const notice = copy ? `"${name}" on disk is newer than the copy in the recovery folder, so Groundwork opens the file.` : null;
    return { source: entry.path, loaded: main, named: entry.path, writeNow: false, notice };
  }
  if (main && copy) {
    return {
      source: copyPath,
      loaded: copy,
      named: entry.path,
      writeNow: true,
      notice: `The last changes could not be written to "${name}" but are in the recovery folder; restoring puts them back into the file (its previous version is kept as a backup).`,
    };
  }
  const fallback = copy ? { source: copyPath, loaded: copy } : await readBackup(entry.path);
  if (!fallback) return null;
  return {
    ...fallback,
    named: null,
    writeNow: true,
    notice: `${problem || `"${name}" could not be read.`} An earlier copy opens as an untitled session instead, and the file is left as it is. Use Save As to keep the copy.`,
  };
}

async function readBackup(file: string): Promise<{ source: string; loaded: LoadedSessionFile } | null> {
  const loaded = await tryReadSessionFile(backupPath(file));
  return loaded ? { source: backupPath(file), loaded } : null;
}

/** The sessions an earlier run left open and that were not reopened at start-up, described for the home screen. Entries with nothing readable left are dropped. */
export async function listRecoveryOffers(ctx: HostContext, fileInfo: (absolute: string) => SessionFileInfo): Promise<RecoveryOffer[]> {
  const offers: RecoveryOffer[] = [];
  for (const entry of reachable(ctx)) {
    const choice = await chooseCopy(ctx, entry);
    if (!choice) {
      await ctx.openSessions.forget(entry.id);
      continue;
    }
    const { session, savedAt } = choice.loaded;
    offers.push({
      id: entry.id,
      title: session.meta.title,
      group: session.meta.group,
      date: session.meta.date,
      savedAt,
      noteCount: allNotes(session.notes).filter((note) => note.deletedAt === null).length,
      file: entry.untitled ? null : fileInfo(entry.path),
      timerRunning: Object.values(session.timers).some((timer) => timer.startedAt !== null),
      notice: choice.notice,
    });
  }
  return offers;
}

/** Restores one session left open: opens the chosen copy (timers as they were, so a running timer shows the real time passed). */
export async function restoreSession(ctx: HostContext, keeper: SessionKeeper, id: string): Promise<{ file: SessionFileInfo | null; notice: string | null }> {
  const entry = reachable(ctx).find((each) => each.id === id);
  if (!entry) throw new HostFailure('not-found', 'That session is no longer waiting to be restored. It may have been restored or dismissed already.');
  const choice = await chooseCopy(ctx, entry);
  if (!choice) {
    await ctx.openSessions.forget(id);
    throw new HostFailure('not-found', `Nothing of "${path.basename(entry.path)}" can be read any more, so there is nothing to restore.`);
  }
  const opened = await keeper.adopt(choice.source, { named: choice.named, writeNow: choice.writeNow });
  await ctx.openSessions.forget(id);
  return { file: opened.file, notice: choice.notice };
}

/**
 * At start-up, before any window is answered: reopens the session that was
 * open when the host last stopped (a quit, a signal, a kill or a crash), so
 * both windows come back to it where it was. Only when the copy to open is
 * clear-cut: the session's own file (or untitled recovery copy) reads and no
 * other copy competes with it. Otherwise (a newer emergency copy, a damaged
 * file, only a backup left) it stays on the home screen's recovery offer,
 * whose notice explains the choice. Resolves with whether a session was
 * reopened; never throws: resuming is a convenience.
 */
export async function resumeLastSession(ctx: HostContext, keeper: SessionKeeper): Promise<boolean> {
  const last = ctx.openSessions.lastOpen();
  const entry = last && reachable(ctx).find((each) => each.id === last.id);
  if (!entry) return false;
  try {
    const choice = await chooseCopy(ctx, entry);
    if (!choice) {
      await ctx.openSessions.forget(entry.id);
      return false;
    }
    if (choice.notice !== null || choice.writeNow) return false;
    await keeper.adopt(choice.source, { named: choice.named, writeNow: false });
    return true;
  } catch {
    // Left as it was: the home screen offers it for recovery, and the recent list still finds it.
    return false;
  }
}

/** Stops offering a session left open. Its files stay where they are (untitled ones stay on the recent list). */
export async function dismissSession(ctx: HostContext, id: string): Promise<void> {
  if (!reachable(ctx).some((entry) => entry.id === id)) throw new HostFailure('not-found', 'That session is no longer waiting to be restored.');
  await ctx.openSessions.forget(id);
}
