import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';
import type { FileSystemPort } from '../files/fileSystemPort';

const entrySchema = z.object({
  id: z.string().min(1).max(64),
  /** Absolute path of the file being autosaved: the named file, or the recovery copy of an untitled session. */
  path: z.string().min(1).max(4096),
  untitled: z.boolean(),
  openedAt: z.number().finite().nonnegative(),
});
const markerSchema = z.object({
  version: z.literal(1),
  sessions: z.array(entrySchema).max(50),
  /**
   * The id of the session open when the marker was last written: the one the next start reopens. Markers
   * written before resume existed lack it; their sessions are only offered.
   */
  current: z.string().min(1).max(64).nullable().optional(),
});

/** One session that was open, as the marker records it. */
export type OpenSessionEntry = z.infer<typeof entrySchema>;

/** The marker's file name inside the data folder. */
export const OPEN_SESSIONS_FILE = 'open-sessions.json';

/** A stable id for the session kept at a path (the same file always gets the same id). */
export function openSessionId(absolutePath: string): string {
  return createHash('sha256').update(path.resolve(absolutePath)).digest('hex').slice(0, 16);
}

/**
 * The "open sessions" marker in `<dataDir>/open-sessions.json`. It lists the
 * session open now (`current`) and sessions an earlier run left open that
 * were neither reopened nor dismissed. Only closing a session (Home, Close
 * session) removes it; quitting, a signal, a kill or a crash leave it listed,
 * so the next start reopens it (see `resumeLastSession`) or, when that is not
 * clear-cut, offers it for recovery. Written atomically and flushed.
 */
export class OpenSessions {
  private leftOpen: OpenSessionEntry[] = [];
  private current: OpenSessionEntry | null = null;
  private openAtLastStop: OpenSessionEntry | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly file: string;

  constructor(
    private readonly dataDir: string,
    private readonly fs: FileSystemPort | undefined,
  ) {
    this.file = path.join(dataDir, OPEN_SESSIONS_FILE);
  }

  /** Reads what the last run left; call once at start-up, before anything is opened. A damaged marker counts as empty. */
  async load(): Promise<void> {
    try {
      const parsed = markerSchema.safeParse(JSON.parse(await fsp.readFile(this.file, 'utf8')));
      this.leftOpen = parsed.success ? parsed.data.sessions : [];
      const current = parsed.success ? parsed.data.current : null;
      this.openAtLastStop = this.leftOpen.find((entry) => entry.id === current) ?? null;
    } catch {
      this.leftOpen = [];
      this.openAtLastStop = null;
    }
  }

  /** The session that was open when the last run stopped (however it stopped), if it is still listed. */
  lastOpen(): OpenSessionEntry | null {
    const last = this.openAtLastStop;
    return last && this.leftOpen.some((entry) => entry.id === last.id) ? last : null;
  }

  /** Sessions an earlier run left open (however it stopped), not yet reopened, restored or dismissed, and not the one open now. */
  leftover(): OpenSessionEntry[] {
    return this.leftOpen.filter((entry) => entry.id !== this.current?.id);
  }

  /** Records the session open now (or none) and waits until the marker is on disk. Never throws: recovery is a safety net, not a gate. */
  async setCurrent(entry: Omit<OpenSessionEntry, 'id'> | null): Promise<void> {
    this.current = entry ? { ...entry, id: openSessionId(entry.path) } : null;
    if (this.current) this.leftOpen = this.leftOpen.filter((other) => other.id !== this.current?.id);
    await this.write();
  }

  /** Forgets a leftover entry (restored or dismissed). */
  async forget(id: string): Promise<void> {
    this.leftOpen = this.leftOpen.filter((entry) => entry.id !== id);
    await this.write();
  }

  private write(): Promise<void> {
    const sessions = [...(this.current ? [this.current] : []), ...this.leftOpen];
    const current = this.current?.id ?? null;
    const next = this.queue.then(async () => {
      try {
        await fsp.mkdir(this.dataDir, { recursive: true });
        await atomicWrite(this.file, JSON.stringify({ version: 1, sessions, current }), { fs: this.fs, keepBackup: false });
      } catch {
        // Without the marker only the crash offer is lost; saving the session itself goes on.
      }
    });
    this.queue = next;
    return next;
  }
}
