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
  /** While changes keep coming, the least time between the starts of two writes (see WriteBehind). Default 0: none. */
  minSpacingMs?: number;
  /** The clock the spacing is measured with, ms, and how it waits; tests pass their own. Default: the process's. */
  pacing?: WritePacingClock;
}

/** How the autosaver measures and waits out the spacing between writes. */
export interface WritePacingClock {
  now: () => number;
  /** Resolves after `ms`, or at once when `hurry` resolves first. */
  sleep: (ms: number, hurry: Promise<void>) => Promise<void>;
}

/**
 * The spacing between writes of a session while changes keep coming (a room of phones answering): each write
 * serializes and replaces the whole file, so writing once per note cost the host about as much CPU as everything
 * else a note does, on the laptop that draws both windows. A change after a quiet spell is still written at once.
 */
export const STREAM_SAVE_SPACING_MS = 100;

const processClock: WritePacingClock = {
  now: () => performance.now(),
  sleep: (ms, hurry) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      void hurry.then(() => {
        clearTimeout(timer);
        resolve();
      });
    }),
};

/**
 * Write-behind autosave for one session. Every change schedules a write; at
 * most one write is in flight; changes that arrive meanwhile are carried by
 * the next write (only the latest session is written). A change after a quiet
 * spell is written at once; while changes keep coming, a write starts no
 * sooner than `minSpacingMs` after the last one started, unless a flush or an
 * explicit save asks for it now. Status goes saving → saved only once the
 * bytes are on disk, or error, never a false saved.
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
  /** When the last write started, on the pacing clock. */
  private lastStartedAt = Number.NEGATIVE_INFINITY;
  /** Whether a flush or an explicit save asked for the writes under way now; lasts until they are done. */
  private hurrying = false;
  /** Ends a wait between two writes early. */
  private hurryNow: () => void = () => undefined;

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
    if (this.running) {
      this.hurrying = true;
      this.hurryNow();
    }
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
    const clock = this.options.pacing ?? processClock;
    while (this.latest) {
      const wait = this.lastStartedAt + (this.options.minSpacingMs ?? 0) - clock.now();
      if (wait > 0 && !this.hurrying) await clock.sleep(wait, new Promise<void>((resolve) => (this.hurryNow = resolve)));
      this.lastStartedAt = clock.now();
      const session = this.latest;
      if (!session) break;
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
    this.hurrying = false;
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
