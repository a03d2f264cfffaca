import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { SaveState, SessionFileInfo } from '../../../shared/protocol/hostStatus';
import type { SessionEvent } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { createSession } from '../../../shared/workshop/createSession';
import type { Workshop } from '../../../shared/workshop/types';
import { backupPath, sweepOrphanedTempFiles } from '../../files/atomicWrite';
import { readOrOfferCopy } from '../copyOffer';
import { checkWriteTarget } from '../fileRules';
import type { HostContext } from '../hostContext';
import { HostFailure } from '../hostFailure';
import { fileInfoOf } from '../paths/pathPolicy';
import { readSessionFile } from '../readSessionFile';
import type { LoadedSessionFile } from '../readSessionFile';
import { emergencyCopyPath, SessionWriter } from '../sessionCopies';
import { SessionSizeBudget } from '../sizeBudget';
import { isInside } from '../workspacePaths';
import { STREAM_SAVE_SPACING_MS, WriteBehind } from '../writeBehind';
import { RecentRecorder } from './recentRecorder';

/** The open session's file and how it is saved. */
interface OpenDocument {
  saver: WriteBehind;
  /** Keeps the file under the size Groundwork will read back. */
  budget: SessionSizeBudget;
  /** The named file; null while the session only lives in the recovery folder. */
  file: { absolute: string; info: SessionFileInfo } | null;
  recent: RecentRecorder;
  /**
   * Opened from an older schema version: the first save keeps the original
   * as `.bak`, and later saves of this session leave that backup alone.
   */
  keepOriginal: 'pending' | 'kept' | null;
}

/** How a session read from one file is kept from now on. */
export interface AdoptOptions {
  /** Save to this named file; null: an untitled session in the recovery folder. */
  named: string | null;
  /** Write at once (the content is not at its new home yet). */
  writeNow: boolean;
}

/** What opening a session gives the window. */
export interface Opened {
  file: SessionFileInfo | null;
  migratedFrom: number | null;
}

/**
 * The steps that replace, move or save the open session. A caller only ever
 * gets them inside a keeper's turn (`SessionKeeper.turn`), so they run one at
 * a time.
 */
export interface LifecycleSteps {
  /** The named file of the open session, if any. */
  currentFile(): { absolute: string; info: SessionFileInfo } | null;
  /** Starts an untitled session from a workshop; it autosaves to the recovery folder. */
  create(workshop: Workshop, group: string, date: string): Promise<void>;
  /**
   * Opens a session file. A failed read changes nothing, on screen or on disk;
   * when an earlier copy of the file can be read, the failure offers it.
   * A recovery copy (an untitled session found through the recent list) opens
   * as untitled again, so Save still asks for a name.
   */
  open(absolute: string): Promise<Opened>;
  /**
   * Opens the session stored in `source` and keeps it elsewhere from now on:
   * in a named file (crash recovery from an emergency copy), or as an untitled
   * session in the recovery folder (an offered backup). The source is only read.
   */
  adopt(source: string, options: AdoptOptions): Promise<Opened>;
  /** Saves to the named file now; resolves once durable. */
  save(): Promise<SessionFileInfo>;
  /** Saves under a new name and keeps autosaving there. On failure, goes on saving where it did before. */
  saveAs(absolute: string): Promise<SessionFileInfo>;
  /** Saves what is pending, then closes the session. */
  close(): Promise<void>;
}

/**
 * The open session's file and autosaver, and the steps that change them.
 * Owned by the SessionKeeper, which hands the steps out only inside a turn.
 */
export class SessionSteps implements LifecycleSteps {
  private doc: OpenDocument | null = null;
  private readonly writer: SessionWriter;

  constructor(private readonly ctx: HostContext) {
    this.writer = new SessionWriter(ctx.recoveryDir, ctx.fileSystem, (file) => checkWriteTarget(ctx, file));
  }

  currentFile(): { absolute: string; info: SessionFileInfo } | null {
    return this.doc?.file ?? null;
  }

  /** Counts a change about to be applied against the size limit; throws a HostFailure with a sentence when it cannot fit. */
  admit(events: readonly SessionEvent[]): void {
    this.doc?.budget.admit(events);
  }

  /** Schedules an autosave after a change. */
  changed(session: SessionState): void {
    this.doc?.saver.schedule(session);
  }

  async create(workshop: Workshop, group: string, date: string): Promise<void> {
    const session = createSession(workshop, { group, date, sessionId: this.ctx.newId(), now: this.ctx.now() });
    await this.leave();
    await fsp.mkdir(this.ctx.recoveryDir, { recursive: true });
    const target = path.join(this.ctx.recoveryDir, `${safeName(session.meta.id)}.groundwork`);
    this.doc = this.newDocument(target, new SessionSizeBudget(0), null, null);
    this.ctx.store.replace(session, { file: null, save: { state: 'idle' } });
    await this.ctx.openSessions.setCurrent({ path: target, untitled: true, openedAt: this.ctx.now() });
    this.doc.saver.schedule(session);
  }

  async open(absolute: string): Promise<Opened> {
    // Write pending changes first: the file being opened may be the one open now.
    await this.doc?.saver.flush();
    const loaded = await readOrOfferCopy(this.ctx, absolute);
    const untitled = isInside(this.ctx.recoveryDir, absolute);
    return this.attach(loaded, absolute, untitled ? null : absolute, false);
  }

  async adopt(source: string, options: AdoptOptions): Promise<Opened> {
    await this.doc?.saver.flush();
    const loaded = await readSessionFile(source);
    let target = options.named;
    if (target === null) {
      target = isInside(this.ctx.recoveryDir, source) && !options.writeNow ? source : await this.freshRecoveryPath(loaded.session.meta.id, source);
    }
    if (options.named !== null && source === emergencyCopyPath(this.ctx.recoveryDir, options.named)) this.writer.adopt(source);
    return this.attach(loaded, target, options.named, options.writeNow);
  }

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
    if (doc.recent.dueAfterSave(session, now)) void doc.recent.record(session, now).catch(() => undefined);
    return doc.file.info;
  }

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
    doc.file = { absolute, info: fileInfoOf(this.ctx.paths, absolute) };
    doc.keepOriginal = null;
    this.ctx.store.setStatus({ file: doc.file.info, save: doc.saver.state() });
    await this.ctx.openSessions.setCurrent({ path: absolute, untitled: false, openedAt: this.ctx.now() });
    if (wasUntitled) {
      await removeQuietly(previous);
      await this.ctx.recent.forget(previous).catch(() => undefined);
    }
    await doc.recent.record(session, this.ctx.now());
    return doc.file.info;
  }

  async close(): Promise<void> {
    await this.leave();
    this.ctx.store.replace(null, { file: null, save: { state: 'idle' } });
    await this.ctx.openSessions.setCurrent(null);
  }

  /** Waits until every change so far is written (or has failed and been reported). */
  async flush(): Promise<void> {
    await this.doc?.saver.flush();
  }

  /** Flushes and stops saving; the session stays listed as open (quitting is not closing). */
  async stop(): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    await doc.saver.close();
    const session = this.ctx.store.session();
    if (doc.saver.hasUnsavedChanges()) return;
    if (session) await doc.recent.record(session, this.ctx.now()).catch(() => undefined);
  }

  private requireOpen(): { doc: OpenDocument; session: SessionState } {
    const session = this.ctx.store.session();
    if (!this.doc || !session) throw new HostFailure('no-session', 'No session is open. Start or open one first.');
    return { doc: this.doc, session };
  }

  /** Makes a loaded session the open one, saving to `target` from now on. */
  private async attach(loaded: LoadedSessionFile, target: string, named: string | null, writeNow: boolean): Promise<Opened> {
    await this.leave();
    await sweepOrphanedTempFiles(path.dirname(target)).catch(() => undefined);
    if (named === null) await fsp.mkdir(this.ctx.recoveryDir, { recursive: true });
    const file = named === null ? null : { absolute: named, info: fileInfoOf(this.ctx.paths, named) };
    const keepOriginal = loaded.migratedFrom !== null && !writeNow ? 'pending' : null;
    const doc = this.newDocument(target, new SessionSizeBudget(loaded.bytes), file, keepOriginal);
    this.doc = doc;
    const save: SaveState = writeNow ? { state: 'idle' } : { state: 'saved', at: loaded.savedAt };
    this.ctx.store.replace(loaded.session, { file: file?.info ?? null, save });
    await this.ctx.openSessions.setCurrent({ path: target, untitled: named === null, openedAt: this.ctx.now() });
    if (writeNow) doc.saver.schedule(loaded.session);
    await doc.recent.record(loaded.session, loaded.savedAt);
    return { file: file?.info ?? null, migratedFrom: loaded.migratedFrom };
  }

  /** A recovery-folder file for an adopted session that does not overwrite anything already there. */
  private async freshRecoveryPath(sessionId: string, source: string): Promise<string> {
    const plain = path.join(this.ctx.recoveryDir, `${safeName(sessionId)}.groundwork`);
    const taken = plain === source || (await fsp.stat(plain).then(() => true, () => false));
    return taken ? path.join(this.ctx.recoveryDir, `${safeName(sessionId)}-${randomBytes(3).toString('hex')}.groundwork`) : plain;
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
    if (session) await doc.recent.record(session, this.ctx.now()).catch(() => undefined);
    this.doc = null;
  }

  /** The document for a session saved to `target`: its autosaver, wired to the store's status and the recent list. */
  private newDocument(target: string, budget: SessionSizeBudget, file: OpenDocument['file'], keepOriginal: OpenDocument['keepOriginal']): OpenDocument {
    const saver: WriteBehind = new WriteBehind({
      target,
      onSerialized: (bytes) => budget.serialized(bytes),
      now: this.ctx.now,
      retryMs: this.ctx.retryMs,
      minSpacingMs: STREAM_SAVE_SPACING_MS,
      write: (written, text) => this.writeSession(saver, written, text),
      onStatus: (save: SaveState) => {
        if (this.doc?.saver === saver) this.ctx.store.setStatus({ file: this.doc.file?.info ?? null, save });
      },
      onWritten: (_written, session, at) => {
        if (this.doc?.saver === saver && doc.recent.changedSince(session)) void doc.recent.record(session, at).catch(() => undefined);
      },
    });
    const doc: OpenDocument = { saver, budget, file, recent: new RecentRecorder(this.ctx.recent, () => saver.path()), keepOriginal };
    return doc;
  }

  /** Writes one version of the session; a migrated file's original stays as `.bak` after the first write. */
  private async writeSession(saver: WriteBehind, file: string, text: readonly Uint8Array[]): Promise<void> {
    const doc = this.doc?.saver === saver ? this.doc : null;
    await this.writer.write(file, text, doc?.keepOriginal !== 'kept');
    if (doc?.keepOriginal === 'pending') doc.keepOriginal = 'kept';
  }
}

/** A session id made safe as a file name (ids come from files, which anyone can write). */
function safeName(id: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : `session-${randomBytes(6).toString('hex')}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function removeQuietly(file: string): Promise<void> {
  await fsp.rm(file, { force: true }).catch(() => undefined);
  await fsp.rm(backupPath(file), { force: true }).catch(() => undefined);
}
