import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { SaveState, SessionFileInfo } from '../../shared/protocol/hostStatus';
import type { SessionState } from '../../shared/session/types';
import { createSession } from '../../shared/workshop/createSession';
import type { Workshop } from '../../shared/workshop/types';
import { atomicWrite, backupPath, sweepOrphanedTempFiles } from '../files/atomicWrite';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { readSessionFile } from './readSessionFile';
import { WriteBehind } from './writeBehind';
import { isInside, toWorkspaceRelative } from './workspacePaths';

interface OpenDocument {
  saver: WriteBehind;
  /** The named file; null while the session only lives in the recovery folder. */
  file: { absolute: string; info: SessionFileInfo } | null;
  /** Title/group/date last written to the recent list, to update it when they change. */
  recorded: string;
  /** When the recent list was last updated for this session. */
  recordedAt: number;
}

/** Explicit saves update the recent list's "saved at" at most this often. */
const RECENT_REFRESH_MS = 10_000;

/**
 * Holds the open session's file and autosaver: create, open, save, save as
 * and close. Steps that swap or move the session run one at a time.
 */
export class SessionKeeper {
  private doc: OpenDocument | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: HostContext) {}

  /** The named file of the open session, if any. */
  currentFile(): { absolute: string; info: SessionFileInfo } | null {
    return this.doc?.file ?? null;
  }

  /** Describes an absolute path the way windows see it in this mode. */
  fileInfo(absolute: string): SessionFileInfo {
    const shown = this.ctx.mode === 'browser' ? (toWorkspaceRelative(this.ctx.workspaceDir, absolute) ?? absolute) : absolute;
    return { path: shown, name: path.basename(absolute) };
  }

  /** Schedules an autosave after a change. */
  changed(session: SessionState): void {
    this.doc?.saver.schedule(session);
  }

  /** Runs lifecycle steps one after another. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts an untitled session from a workshop; it autosaves to the recovery folder. */
  async create(workshop: Workshop, group: string, date: string): Promise<void> {
    const session = createSession(workshop, { group, date, sessionId: this.ctx.newId(), now: this.ctx.now() });
    await this.leave();
    await fsp.mkdir(this.ctx.recoveryDir, { recursive: true });
    const saver = this.makeSaver(path.join(this.ctx.recoveryDir, `${session.meta.id}.groundwork`));
    this.doc = { saver, file: null, recorded: '', recordedAt: 0 };
    this.ctx.store.replace(session, { file: null, save: { state: 'idle' } });
    saver.schedule(session);
  }

  /**
   * Opens a session file. A failed read changes nothing, on screen or on disk.
   * A recovery copy (an untitled session found through the recent list) opens
   * as untitled again, so Save still asks for a name.
   */
  async open(absolute: string): Promise<{ file: SessionFileInfo | null; migratedFrom: number | null }> {
    // Write pending changes first: the file being opened may be the one open now.
    await this.doc?.saver.flush();
    const loaded = await readSessionFile(absolute);
    await this.leave();
    await sweepOrphanedTempFiles(path.dirname(absolute)).catch(() => undefined);
    const untitled = isInside(this.ctx.recoveryDir, absolute);
    const file = untitled ? null : { absolute, info: this.fileInfo(absolute) };
    this.doc = { saver: this.makeSaver(absolute), file, recorded: '', recordedAt: 0 };
    this.ctx.store.replace(loaded.session, { file: file?.info ?? null, save: { state: 'saved', at: loaded.savedAt } });
    await this.remember(loaded.session, loaded.savedAt);
    return { file: file?.info ?? null, migratedFrom: loaded.migratedFrom };
  }

  /** Saves to the named file now; resolves once durable. */
  async save(): Promise<SessionFileInfo> {
    const { doc, session } = this.requireOpen();
    if (!doc.file) throw new Error('save() needs a named file; use saveAs()');
    try {
      await doc.saver.saveNow(session);
    } catch (error) {
      throw new HostFailure('file', messageOf(error));
    }
    // The recent list is a convenience: do not make the facilitator wait for it.
    const now = this.ctx.now();
    if (doc.recorded !== recentKey(session) || now - doc.recordedAt >= RECENT_REFRESH_MS) void this.remember(session, now).catch(() => undefined);
    return doc.file.info;
  }

  /** Saves under a new name and keeps autosaving there. On failure, goes on saving where it did before. */
  async saveAs(absolute: string): Promise<SessionFileInfo> {
    const { doc, session } = this.requireOpen();
    const previous = doc.saver.path();
    await doc.saver.retarget(absolute);
    try {
      // Changes may have arrived while earlier writes finished: save the newest state.
      await doc.saver.saveNow(this.ctx.store.session() ?? session);
    } catch (error) {
      await doc.saver.retarget(previous);
      doc.saver.schedule(this.ctx.store.session() ?? session);
      throw new HostFailure('file', `${messageOf(error)}. The session is still open and saving where it was before.`);
    }
    const wasUntitled = doc.file === null;
    doc.file = { absolute, info: this.fileInfo(absolute) };
    this.ctx.store.setStatus({ file: doc.file.info, save: doc.saver.state() });
    if (wasUntitled) {
      await removeQuietly(previous);
      await this.ctx.recent.forget(previous).catch(() => undefined);
    }
    await this.remember(session, this.ctx.now());
    return doc.file.info;
  }

  /** Saves what is pending, then closes the session. */
  async close(): Promise<void> {
    await this.leave();
    this.ctx.store.replace(null, { file: null, save: { state: 'idle' } });
  }

  /** Waits until every change so far is written (or has failed and been reported). */
  async flush(): Promise<void> {
    await this.doc?.saver.flush();
    await this.ctx.recent.idle();
  }

  /** Flushes and stops saving (host shutdown). */
  async shutdown(): Promise<void> {
    await this.exclusive(async () => {
      if (!this.doc) return;
      await this.doc.saver.close();
      const session = this.ctx.store.session();
      if (session && !this.doc.saver.hasUnsavedChanges()) await this.remember(session, this.ctx.now()).catch(() => undefined);
    });
    await this.ctx.recent.idle();
  }

  private requireOpen(): { doc: OpenDocument; session: SessionState } {
    const session = this.ctx.store.session();
    if (!this.doc || !session) throw new HostFailure('no-session', 'No session is open. Start or open one first.');
    return { doc: this.doc, session };
  }

  /** Finishes with the open session before another replaces it; refuses if its changes cannot be saved. */
  private async leave(): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    await doc.saver.flush();
    if (doc.saver.hasUnsavedChanges()) {
      const save = doc.saver.state();
      const reason = save.state === 'error' ? save.reason : 'Not saved';
      throw new HostFailure('file', `${reason}. The open session has changes that are not on disk, so Groundwork kept it open. Try Save As to another place first.`);
    }
    await doc.saver.close();
    const session = this.ctx.store.session();
    if (session) await this.remember(session, this.ctx.now()).catch(() => undefined);
    this.doc = null;
  }

  private makeSaver(target: string): WriteBehind {
    const saver: WriteBehind = new WriteBehind({
      target,
      now: this.ctx.now,
      retryMs: this.ctx.retryMs,
      write: (file, text) => atomicWrite(file, text, { fs: this.ctx.fileSystem }),
      onStatus: (save: SaveState) => {
        if (this.doc?.saver === saver) this.ctx.store.setStatus({ file: this.doc.file?.info ?? null, save });
      },
      onWritten: (_file, session, at) => {
        const doc = this.doc;
        if (doc?.saver === saver && doc.recorded !== recentKey(session)) void this.remember(session, at).catch(() => undefined);
      },
    });
    return saver;
  }

  /** Puts the session on the recent list; untitled sessions appear there by their recovery copy. */
  private async remember(session: SessionState, savedAt: number): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    doc.recorded = recentKey(session);
    doc.recordedAt = savedAt;
    const { title, group, date } = session.meta;
    await this.ctx.recent.record({ path: doc.saver.path(), title, group, date, savedAt });
  }
}

function recentKey(session: SessionState): string {
  return JSON.stringify([session.meta.title, session.meta.group, session.meta.date]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function removeQuietly(file: string): Promise<void> {
  await fsp.rm(file, { force: true }).catch(() => undefined);
  await fsp.rm(backupPath(file), { force: true }).catch(() => undefined);
}
