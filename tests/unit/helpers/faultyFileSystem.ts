import { nodeFileSystem } from '../../../electron/files/fileSystemPort';
import type { FileSystemPort } from '../../../electron/files/fileSystemPort';

/** The steps of a save that a test can make fail. */
export type FaultPoint = 'open' | 'write' | 'fsync' | 'rename' | 'folderFsync' | 'unlink' | 'link';

/** A disk error with a code, as node:fs raises them. */
export function diskError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated disk error`);
  error.code = code;
  return error;
}

/** The real file system with switchable faults, a record of calls and an optional gate that holds writes. */
export interface FaultyFileSystem {
  fs: FileSystemPort;
  /** Makes a step fail with an error code until cleared. */
  fail: (point: FaultPoint, code: string) => void;
  /**
   * Makes the `nth` call of a step from now on fail (counting from 1): only
   * that call (`persistent` false), or that call and every later one until cleared.
   */
  failNth: (point: FaultPoint, code: string, nth: number, persistent: boolean) => void;
  clear: () => void;
  calls: string[];
  /** Holds every file write until release() is called. */
  hold: () => void;
  release: () => void;
  /** Number of writes that have started. */
  writesStarted: () => number;
  /** Resolves once a write is held at the gate (at once if one is): the save it belongs to cannot finish before release(). */
  writeHeld: () => Promise<void>;
  /** Resolves when the next write starts (a retry firing, a queued change going out). */
  nextWrite: () => Promise<void>;
}

/** Wraps node:fs so tests can inject faults and hold writes in flight. */
export function faultyFileSystem(): FaultyFileSystem {
  const faults = new Map<FaultPoint, string>();
  const counted = new Map<FaultPoint, { code: string; nth: number; persistent: boolean; seen: number }>();
  const calls: string[] = [];
  let gate: Promise<void> | null = null;
  let openGate: (() => void) | null = null;
  let writes = 0;
  let held = 0;
  // Waiting tests, told when a write starts (and whether it is held at the gate).
  let onWrite: (() => void)[] = [];
  let onHeld: (() => void)[] = [];
  const tell = (waiting: (() => void)[]): (() => void)[] => {
    for (const resolve of waiting) resolve();
    return [];
  };
  const check = (point: FaultPoint, target: string): void => {
    calls.push(`${point} ${target}`);
    const code = faults.get(point);
    if (code) throw diskError(code);
    const armed = counted.get(point);
    if (armed) {
      armed.seen += 1;
      if (armed.seen === armed.nth || (armed.persistent && armed.seen > armed.nth)) throw diskError(armed.code);
    }
  };
  const fs: FileSystemPort = {
    async openNew(path, mode) {
      check('open', path);
      const file = await nodeFileSystem.openNew(path, mode);
      return {
        async write(data) {
          writes += 1;
          onWrite = tell(onWrite);
          if (gate) {
            held += 1;
            onHeld = tell(onHeld);
            await gate;
            held -= 1;
          }
          check('write', path);
          await file.write(data);
        },
        async sync() {
          check('fsync', path);
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      check('rename', to);
      await nodeFileSystem.rename(from, to);
    },
    async link(existing, newPath) {
      check('link', newPath);
      await nodeFileSystem.link(existing, newPath);
    },
    copyFile: (from, to) => nodeFileSystem.copyFile(from, to),
    async unlink(path) {
      check('unlink', path);
      await nodeFileSystem.unlink(path);
    },
    async syncFolder(path) {
      check('folderFsync', path);
      await nodeFileSystem.syncFolder(path);
    },
    readdir: (path) => nodeFileSystem.readdir(path),
  };
  return {
    fs,
    fail: (point, code) => faults.set(point, code),
    failNth: (point, code, nth, persistent) => counted.set(point, { code, nth, persistent, seen: 0 }),
    clear: () => {
      faults.clear();
      counted.clear();
    },
    calls,
    hold: () => {
      gate ??= new Promise<void>((resolve) => (openGate = resolve));
    },
    release: () => {
      openGate?.();
      gate = null;
      openGate = null;
    },
    writesStarted: () => writes,
    writeHeld: () => (held > 0 ? Promise.resolve() : new Promise<void>((resolve) => onHeld.push(resolve))),
    nextWrite: () => new Promise<void>((resolve) => onWrite.push(resolve)),
  };
}
