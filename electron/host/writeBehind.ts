import type { SaveState } from '../../shared/protocol/hostStatus';
import type { SessionState } from '../../shared/session/types';
import { MAX_SESSION_FILE_BYTES, sessionFileChunks } from '../../shared/session/sessionFile';
import { byteLengthOf } from '../../shared/util/utf8';
import { describeSaveFailure, TooLargeToSaveError } from './diskErrors';

/** What the autosaver needs: where to write, how, and whom to tell. */
export interface WriteBehindOptions {
  target: string;
  /** Writes one version, given as UTF-8 pieces to write one after the other. */
  write: (path: string, chunks: readonly Uint8Array[]) => Promise<void>;
  now: () => number;
  onStatus: (save: SaveState) => void;
  /** Called after each durable write. */
  onWritten?: (path: string, session: SessionState, at: number) => void;
  /** After a failed write with nothing new to save, try again after this long. Default 5 s. */
  retryMs?: number;
  /** Told the size of each version as it is serialized for writing (before the write), including ones too big to write. */
  onSerialized?: (bytes: number) => void;
  /** Largest file to write; a bigger version is refused, so nothing written is too big to open. Default: the read limit. */
  maxBytes?: number;
}

/**
 * Write-behind autosave for one session. Every change schedules a write at
 * once; at most one write is in flight; changes that arrive meanwhile are
 * carried by the next write (only the latest session is written). Status goes
 * saving → saved only once the bytes are on disk, or error, never a false saved.
 */
export class WriteBehind {
  private target: string;
  private latest: SessionState | null = null;
  private unsaved: SessionState | null = null;
  private running: Promise<void> | null = null;
  private lastError: string | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private save: SaveState = { state: 'idle' };
  private closed = false;

  constructor(private readonly options: WriteBehindOptions) {
    this.target = options.target;
  }

  /** Where the session is being written. */
  path(): string {
    return this.target;
  }

  /** The save state as last reported. */
  state(): SaveState {
    return this.save;
  }

  /** Whether there are changes that have not reached disk. */
  hasUnsavedChanges(): boolean {
    return this.unsaved !== null || this.latest !== null;
  }

  /**
   * Records the newest session and makes sure a write will carry it. Says
   * "saving" at once, so no window shows "saved" next to a change that is
   * not on disk yet, not even for the moment before the write starts.
   */
  schedule(session: SessionState): void {
    if (this.closed) return;
    this.latest = session;
    this.unsaved = session;
    this.clearRetry();
    if (this.save.state !== 'saving') this.report({ state: 'saving' });
    this.running ??= this.run();
  }

  /** Resolves when nothing is waiting to be written (written, or failed and reported). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Writes the session now and resolves once it is durable; rejects with the reason if it is not. */
  async saveNow(session: SessionState): Promise<void> {
    this.schedule(session);
    await this.flush();
    if (this.lastError !== null) throw new Error(this.lastError);
  }

  /** Switches to another file (Save As). Waits for writes to the old file first. */
  async retarget(target: string): Promise<void> {
    await this.flush();
    this.target = target;
  }

  /** Flushes, then ignores further changes. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.clearRetry();
  }

  private async run(): Promise<void> {
    // Let changes made in the same turn share one write.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.latest) {
      const session = this.latest;
      this.latest = null;
      const target = this.target;
      if (this.save.state !== 'saving') this.report({ state: 'saving' });
      try {
        const chunks = sessionFileChunks(session, this.options.now());
        const size = byteLengthOf(chunks);
        this.options.onSerialized?.(size);
        const maxBytes = this.options.maxBytes ?? MAX_SESSION_FILE_BYTES;
        if (size > maxBytes) throw new TooLargeToSaveError(size, maxBytes);
        await this.options.write(target, chunks);
        const at = this.options.now();
        this.lastError = null;
        if (this.unsaved === session) this.unsaved = null;
        this.options.onWritten?.(target, session, at);
        if (!this.latest) this.report({ state: 'saved', at });
      } catch (error) {
        this.lastError = describeSaveFailure(error);
        if (!this.latest) {
          this.report({ state: 'error', reason: this.lastError, at: this.options.now() });
          this.scheduleRetry();
        }
      }
    }
    this.running = null;
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.unsaved && !this.running) this.schedule(this.unsaved);
    }, this.options.retryMs ?? 5000);
    this.retryTimer.unref();
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private report(save: SaveState): void {
    this.save = save;
    this.options.onStatus(save);
  }
}
