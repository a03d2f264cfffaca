import { byteLengthOf } from '../shared/util/utf8';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeFileSystem } from '../electron/files/fileSystemPort';
import type { FileSystemPort } from '../electron/files/fileSystemPort';
import { createHost } from '../electron/host/createHost';
import { serializeSessionFile } from '../shared/session/sessionFile';
import { sessionWithNotes } from './saveTime';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** How long changes take to be durable, and what each costs in bytes written. */
export interface DurabilityFigures {
  /** From the command leaving the window's connection to the folder fsync after the rename that carries it. */
  durableMs: Percentiles;
  /** Bytes written to the session file per change (a write that carries several changes is shared among them). */
  bytesPerChange: Percentiles;
  /** Size of the session file. */
  fileBytes: number;
}

/** One completed durable write: the number of changes it carries and when it was flushed. */
interface DurableWrite {
  covers: number;
  at: number;
  bytes: number;
}

/**
 * The real disk, watched: which change each write of the session file
 * carries (the count of changes sent when the write began, since a write
 * takes the newest session at that moment) and when its folder fsync returned.
 */
function watchedDisk(folder: string, changesSent: () => number, writes: DurableWrite[]): FileSystemPort {
  let current: { covers: number; bytes: number } | null = null;
  return {
    ...nodeFileSystem,
    async openNew(path, mode) {
      const forSession = dirname(path) === folder && path.endsWith('.tmp') && !path.includes('.bak.');
      if (forSession) current = { covers: changesSent(), bytes: 0 };
      const file = await nodeFileSystem.openNew(path, mode);
      return {
        ...file,
        write: async (chunks) => {
          if (forSession && current) current.bytes += byteLengthOf(chunks);
          await file.write(chunks);
        },
      };
    },
    async syncFolder(path) {
      await nodeFileSystem.syncFolder(path);
      if (path === folder && current) writes.push({ ...current, at: performance.now() });
      current = null;
    },
  };
}

/** Waits for a random time with the given mean (exponential, as arrivals of independent changes are). */
function pause(meanMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * meanMs));
}

/**
 * Opens a session of `notes` notes in the real host on real files and
 * edits `samples` notes, one edit every `meanGapMs` on average without
 * waiting for saves (so writes overlap changes, as they do when someone
 * types fast). Measures, for every change, the time until a durable write
 * carries it.
 */
export async function measureDurability(notes: number, samples: number, meanGapMs: number): Promise<DurabilityFigures> {
  const root = mkdtempSync(join(tmpdir(), 'groundwork-durability-'));
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  const file = join(workspace, 'bench.groundwork');
  const text = serializeSessionFile(sessionWithNotes(notes), Date.now());
  writeFileSync(file, text);
  const writes: DurableWrite[] = [];
  let sent = 0;
  const host = createHost({ mode: 'browser', workspaceDir: workspace, dataDir: join(root, 'data'), fileSystem: watchedDisk(workspace, () => sent, writes) });
  const window = host.connect('control', () => undefined);
  try {
    const opened = await window.call('session.open', { path: 'bench.groundwork' });
    if (!opened.ok) throw new Error(opened.error.message);
    const warmUp = 5;
    const sentAt: number[] = [];
    for (let i = 0; i < samples + warmUp; i++) {
      sentAt.push(performance.now());
      // Edits keep the session at its size; a capture would grow the 10-note session well past 10 notes.
      const noteId = `note-${Math.floor(Math.random() * notes)}`;
      const reply = await window.call('session.dispatch', { type: 'note.edit', noteId, text: `Edited ${i}: trust grows when check-ins are regular and honest, both ways.` });
      if (!reply.ok) throw new Error(reply.error.message);
      // Counted once applied: a write that begins before this point is not credited with the change (errs on the slow side).
      sent += 1;
      await pause(meanGapMs);
    }
    await host.flush();
    const durable: number[] = [];
    const bytes: number[] = [];
    let previousCovers = 0;
    const shareOf = new Map<DurableWrite, number>();
    for (const write of writes) {
      shareOf.set(write, write.bytes / Math.max(1, write.covers - previousCovers));
      previousCovers = Math.max(previousCovers, write.covers);
    }
    sentAt.forEach((at, index) => {
      if (index < warmUp) return;
      const carrier = writes.find((write) => write.covers >= index + 1);
      if (!carrier) throw new Error(`change ${index + 1} never reached the disk`);
      durable.push(carrier.at - at);
      bytes.push(shareOf.get(carrier) ?? carrier.bytes);
    });
    return { durableMs: percentiles(durable), bytesPerChange: percentiles(bytes), fileBytes: Buffer.byteLength(text) };
  } finally {
    await host.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** The sizes the durability budget covers. */
export const DURABILITY_SIZES = [10, 1000, 5000] as const;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const samples = Number(process.env.GROUNDWORK_BENCH_SAMPLES ?? 200);
  for (const notes of DURABILITY_SIZES) {
    const figures = await measureDurability(notes, samples, 20);
    console.log(
      `${String(notes).padStart(5)} notes: change → durable p50 ${figures.durableMs.p50} ms, p99 ${figures.durableMs.p99} ms; bytes per change p50 ${Math.round(figures.bytesPerChange.p50)} (file ${Math.round(figures.fileBytes / 1024)} kB)`,
    );
  }
}
