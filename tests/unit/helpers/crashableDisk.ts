import { readFileSync } from 'node:fs';
import { nodeFileSystem } from '../../../electron/files/fileSystemPort';
import type { FileSystemPort } from '../../../electron/files/fileSystemPort';

/**
 * The real disk as one process sees it, with a switch that kills the
 * process at a chosen operation. At that operation a write puts only part
 * of its bytes on disk, and a rename, link or unlink may or may not happen;
 * from then on nothing the process asks for ever completes (a dead process
 * runs no more code). It also tracks what one file and its `.bak` hold
 * after every step, so a test can compare the disk with what it expects.
 */
export interface CrashableDisk {
  fs: FileSystemPort;
  /** The process dies at the `n`-th operation from now (1 = the next one). */
  crashAt: (n: number) => void;
  /** The process dies now, if it has not already. */
  kill: () => void;
  dead: () => boolean;
  /** Resolves once no real file operation is under way (a killed process's last operation may still be finishing). */
  settled: () => Promise<void>;
  /** Every version that was renamed over the tracked file, oldest first (the content found at the start included). */
  versions: string[];
  /** What the tracked file's `.bak` holds now, as far as this process changed it. */
  backup: () => string | null;
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** A crashable disk tracking `target` and `<target>.bak`. `random` decides partial writes and half-done steps. */
export function crashableDisk(target: string, random: () => number = Math.random): CrashableDisk {
  const bak = `${target}.bak`;
  const tempData = new Map<string, string>();
  /** Hard links and copies made of the tracked file, with the content they were made from. */
  const linked = new Map<string, string | null>();
  const initial = readOrNull(target);
  const versions: string[] = initial === null ? [] : [initial];
  let current: string | null = initial;
  let backup: string | null = readOrNull(bak);
  let countdown = Infinity;
  let isDead = false;
  let inFlight = 0;
  let onSettled: (() => void)[] = [];
  /** Runs one real operation, counting it as under way until it and its bookkeeping are done. */
  const real = async <T>(operation: () => Promise<T>): Promise<T> => {
    inFlight += 1;
    try {
      return await operation();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) {
        const waiting = onSettled;
        onSettled = [];
        waiting.forEach((resolve) => resolve());
      }
    }
  };

  /** Counts an operation: the process is alive, dies at this very one, or is already dead. */
  const step = (): 'alive' | 'dying' | 'dead' => {
    if (isDead) return 'dead';
    countdown -= 1;
    if (countdown > 0) return 'alive';
    isDead = true;
    return 'dying';
  };
  /** Whether the step the process dies at still happens (it may have been under way when the kill came). */
  const halfDone = (): boolean => random() < 0.5;

  const fs: FileSystemPort = {
    async openNew(file, mode) {
      if (step() !== 'alive') return never();
      const handle = await real(() => nodeFileSystem.openNew(file, mode));
      // A dead process's files are closed by the kernel; here the handle is closed for it, not left to the garbage collector.
      const dies = async (): Promise<never> => {
        await real(() => handle.close());
        return never();
      };
      return {
        async write(chunks) {
          const data = Buffer.concat(chunks);
          const state = step();
          if (state === 'dying') await real(() => handle.write([data.subarray(0, Math.floor(random() * data.length))]));
          if (state !== 'alive') return dies();
          await real(async () => {
            await handle.write([data]);
            tempData.set(file, Buffer.from(data).toString('utf8'));
          });
        },
        async sync() {
          if (step() !== 'alive') return dies();
          await real(() => handle.sync());
        },
        async close() {
          await real(() => handle.close()); // the kernel closes a dead process's files too
          if (isDead) return never();
        },
      };
    },
    async rename(from, to) {
      const state = step();
      if (state === 'dead' || (state === 'dying' && !halfDone())) return never();
      await real(async () => {
        await nodeFileSystem.rename(from, to);
        if (to === target) {
          current = tempData.get(from) ?? readOrNull(target);
          if (current !== null) versions.push(current);
        } else if (to === bak && linked.has(from)) {
          backup = linked.get(from) ?? null;
        }
      });
      if (state === 'dying') return never();
    },
    async link(existing, newPath) {
      const state = step();
      if (state === 'dead' || (state === 'dying' && !halfDone())) return never();
      await real(async () => {
        await nodeFileSystem.link(existing, newPath);
        linked.set(newPath, existing === target ? current : readOrNull(existing));
      });
      if (state === 'dying') return never();
    },
    async copyFile(from, to) {
      if (step() !== 'alive') return never();
      await real(async () => {
        await nodeFileSystem.copyFile(from, to);
        linked.set(to, from === target ? current : readOrNull(from));
      });
    },
    async unlink(file) {
      const state = step();
      if (state === 'dead' || (state === 'dying' && !halfDone())) return never();
      await real(async () => {
        await nodeFileSystem.unlink(file);
        if (file === bak) backup = null;
      });
      if (state === 'dying') return never();
    },
    async syncFolder(folder) {
      if (step() !== 'alive') return never();
      await real(() => nodeFileSystem.syncFolder(folder));
    },
    async readdir(folder) {
      if (step() !== 'alive') return never();
      return real(() => nodeFileSystem.readdir(folder));
    },
  };

  return {
    fs,
    crashAt: (n) => {
      countdown = n;
    },
    kill: () => {
      isDead = true;
      countdown = -1;
    },
    dead: () => isDead,
    settled: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => onSettled.push(resolve))),
    versions,
    backup: () => backup,
  };
}
