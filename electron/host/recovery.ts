import path from 'node:path';
import type { RecoveryOffer } from '../../shared/protocol/verbs';
import type { SessionFileInfo } from '../../shared/protocol/hostStatus';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import type { OpenSessionEntry } from './openSessions';
import type { LoadedSessionFile } from './readSessionFile';
import { newestCopy, readCopies } from './newestCopy';
import type { SessionKeeper } from './keeper/sessionKeeper';
import type { LifecycleSteps } from './keeper/sessionSteps';
import { allNotes } from '../../shared/session/noteTable';

/** The entries this host may offer: a browser window only ever reaches the workspace and the recovery folder. */
function reachable(ctx: HostContext): OpenSessionEntry[] {
  return ctx.openSessions.leftover().filter((entry) => ctx.paths.mayOffer(entry.path));
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
 * Picks the copy to restore with the one copy policy (`newestCopy`: the
 * newest readable copy, the file winning a tie), then decides how it is kept:
 * - the file itself: opened as it is (recovery never writes an older copy
 *   over a newer file; the facilitator is told when a copy was passed over);
 * - a newer copy while the file reads: restored into the file, whose previous
 *   version is kept as its `.bak`;
 * - the file cannot be read: the copy opens as an untitled session and the
 *   file is left alone.
 */
async function chooseCopy(ctx: HostContext, entry: OpenSessionEntry): Promise<RecoveryChoice | null> {
  const { readable, fileProblem } = await readCopies(entry.path, ctx.recoveryDir);
  const chosen = newestCopy(readable);
  if (!chosen) return null;
  const name = path.basename(entry.path);
  const named = entry.untitled ? null : entry.path;
  if (chosen.kind === 'file') {
    const passedOver = readable.some((copy) => copy.kind === 'recovery');
    const notice = passedOver ? `"${name}" on disk is newer than the copy in the recovery folder, so Groundwork opens the file.` : null;
    return { source: chosen.absolute, loaded: chosen.loaded, named, writeNow: false, notice };
  }
  const restore = { source: chosen.absolute, loaded: chosen.loaded, writeNow: true };
  // Only a named file's emergency copy can be newer than a file that reads (a `.bak` is read only when the file does not).
  if (entry.untitled) return { ...restore, named: null, notice: 'The last recovery copy could not be read, so the one saved just before it will be restored.' };
  if (fileProblem === null) {
    return {
      ...restore,
      named: entry.path,
      notice: `The last changes could not be written to "${name}" but are in the recovery folder; restoring puts them back into the file (its previous version is kept as a backup).`,
    };
  }
  return {
    ...restore,
    named: null,
    notice: `${fileProblem || `"${name}" could not be read.`} An earlier copy opens as an untitled session instead, and the file is left as it is. Use Save As to keep the copy.`,
  };
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

/** Restores one session left open (inside a keeper's turn): opens the chosen copy (timers as they were, so a running timer shows the real time passed). */
export async function restoreSession(ctx: HostContext, steps: LifecycleSteps, id: string): Promise<{ file: SessionFileInfo | null; notice: string | null }> {
  const entry = reachable(ctx).find((each) => each.id === id);
  if (!entry) throw new HostFailure('not-found', 'That session is no longer waiting to be restored. It may have been restored or dismissed already.');
  const choice = await chooseCopy(ctx, entry);
  if (!choice) {
    await ctx.openSessions.forget(id);
    throw new HostFailure('not-found', `Nothing of "${path.basename(entry.path)}" can be read any more, so there is nothing to restore.`);
  }
  const opened = await steps.adopt(choice.source, { named: choice.named, writeNow: choice.writeNow });
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
    await keeper.turn((steps) => steps.adopt(choice.source, { named: choice.named, writeNow: false }));
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
