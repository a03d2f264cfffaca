import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';

/** The name of the settings file in the data folder. */
export const SETTINGS_FILE = 'settings.json';

const settingsSchema = z.looseObject({
  version: z.literal(1),
  /** Absolute path of the folder workshop files are read from; absent for the default. */
  workshopFolder: z.string().min(1).max(4096).optional(),
});

/** The facilitator's settings, kept in `<data>/settings.json`. Fields this build does not know are kept as they are. */
export type Settings = z.infer<typeof settingsSchema>;

/** Reads and changes the settings file; changes are written one at a time, atomically. */
export interface SettingsStore {
  /** The settings; a missing or unreadable file gives the defaults. */
  read(): Promise<Settings>;
  /** Applies a change and writes the file (temp file, fsync, rename). */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

/** Opens the settings kept in a data folder. */
export function createSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, SETTINGS_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<Settings> => {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or not JSON: the defaults stand, and the next change writes a good file.
    }
    return { version: 1 };
  };

  return {
    read: () => queue.then(read, read),
    update(change) {
      const task = async (): Promise<Settings> => {
        const next = settingsSchema.parse(change(await read()));
        await fsp.mkdir(dataDir, { recursive: true });
        await atomicWrite(file, `${JSON.stringify(next, null, 2)}\n`);
        return next;
      };
      const result = queue.then(task, task);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
