import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';

/** Most sessions the recent list keeps. */
export const MAX_RECENT = 10;

const entrySchema = z.object({
  path: z.string().min(1).max(4096),
  title: z.string().max(200),
  group: z.string().max(200),
  date: z.string().max(20),
  savedAt: z.number().finite().nonnegative(),
});
const recentFileSchema = z.object({ version: z.literal(1), sessions: z.array(entrySchema).max(100) });

/** One remembered session; `path` is absolute. */
export type RecentEntry = z.infer<typeof entrySchema>;

/** The list of recently used session files, kept in `<dataDir>/recent.json`. */
export interface RecentList {
  /** Most recent first; entries whose file is gone are dropped. */
  list(): Promise<RecentEntry[]>;
  /** Puts a session at the top of the list. */
  record(entry: RecentEntry): Promise<void>;
  /** Takes a path off the list (a recovery copy that has been saved under a name). */
  forget(absolutePath: string): Promise<void>;
  /** Resolves once every pending update of the list is written. */
  idle(): Promise<void>;
  /** Whether a path is on the list (used to trust a path a window sends in the desktop app). */
  has(absolutePath: string): Promise<boolean>;
}

/** Opens the recent list stored in a data folder. A corrupt file is ignored and replaced on the next save. */
export function createRecentList(dataDir: string): RecentList {
  const file = path.join(dataDir, 'recent.json');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<RecentEntry[]> => {
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.sessions : [];
    } catch {
      return [];
    }
  };
  const write = async (sessions: RecentEntry[]): Promise<void> => {
    await fsp.mkdir(dataDir, { recursive: true });
    await atomicWrite(file, JSON.stringify({ version: 1, sessions }, null, 2), { keepBackup: false, durable: false });
  };

  return {
    list: () =>
      serial(async () => {
        const sessions = await read();
        const present: RecentEntry[] = [];
        for (const entry of sessions) {
          const exists = await fsp.stat(entry.path).then((stats) => stats.isFile(), () => false);
          if (exists) present.push(entry);
        }
        return present.slice(0, MAX_RECENT);
      }),
    record: (entry) =>
      serial(async () => {
        const target = path.resolve(entry.path);
        const others = (await read()).filter((existing) => path.resolve(existing.path) !== target);
        await write([{ ...entry, path: target }, ...others].slice(0, MAX_RECENT));
      }),
    forget: (absolutePath) =>
      serial(async () => {
        const target = path.resolve(absolutePath);
        const sessions = await read();
        const kept = sessions.filter((entry) => path.resolve(entry.path) !== target);
        if (kept.length !== sessions.length) await write(kept);
      }),
    idle: () => serial(() => Promise.resolve()),
    has: (absolutePath) =>
      serial(async () => {
        const target = path.resolve(absolutePath);
        return (await read()).some((entry) => path.resolve(entry.path) === target);
      }),
  };
}
