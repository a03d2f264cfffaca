import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeMemoryFile } from './displays';

const PRESENTER_SHOWING_FILE = 'presenter-showing.json';
const showingSchema = z.object({ showing: z.boolean() });

/**
 * Whether the presenter window was showing when the app last stopped (a quit, closing the control window, or a
 * crash), so a restart that reopens the session also puts it back in front of the room. False when never written
 * or unreadable.
 */
export async function readPresenterShowing(dataDir: string): Promise<boolean> {
  try {
    const parsed = showingSchema.safeParse(JSON.parse(await fs.readFile(path.join(dataDir, PRESENTER_SHOWING_FILE), 'utf8')));
    return parsed.success && parsed.data.showing;
  } catch {
    return false;
  }
}

/** Records that the presenter window was opened or deliberately closed. Failing to write only costs the reopening. */
export async function writePresenterShowing(dataDir: string, showing: boolean): Promise<void> {
  try {
    await writeMemoryFile(dataDir, PRESENTER_SHOWING_FILE, `${JSON.stringify({ showing })}\n`);
  } catch (error) {
    console.warn('Groundwork: could not remember whether the presenter was showing:', error);
  }
}
