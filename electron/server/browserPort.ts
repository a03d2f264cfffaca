import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';

/** The file in the data folder that keeps the port browser mode last listened on. */
export const BROWSER_PORT_FILE = 'browser-port.json';

const portFileSchema = z.object({ port: z.number().int().min(1).max(65535) });

/** The port the last run listened on, or null (never started, or the file is unreadable). */
export async function readLastPort(dataDir: string): Promise<number | null> {
  try {
    const parsed = portFileSchema.safeParse(JSON.parse(await fsp.readFile(path.join(dataDir, BROWSER_PORT_FILE), 'utf8')));
    return parsed.success ? parsed.data.port : null;
  } catch {
    return null;
  }
}

/**
 * Remembers the port this run listens on, so that a start without `--port`
 * takes it again and the links printed before (which name the port) keep
 * working. Failing to write only means the next start may pick another port.
 */
export async function rememberPort(dataDir: string, port: number, log: (line: string) => void): Promise<void> {
  try {
    await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await atomicWrite(path.join(dataDir, BROWSER_PORT_FILE), `${JSON.stringify({ port })}\n`, { keepBackup: false });
  } catch (error) {
    log(`Could not remember the port (${error instanceof Error ? error.message : String(error)}); the next start may use another one.`);
  }
}
