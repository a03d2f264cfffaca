import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the IPC layer knows about the frame that sent a call. */
export interface SenderFacts {
  /** webContents id of the sender. */
  contentsId: number;
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
  /** Whether the sending frame is the top-level frame of its webContents. */
  isMainFrame: boolean;
}

/** Whether a call may go on, and if not, why (for the log; the window only sees a generic refusal). */
export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks that an IPC call comes from the main frame of one of our own
 * windows, showing the page that window was opened on. `expectedPages` maps
 * each of our webContents ids to the absolute path of its HTML file.
 */
export function checkSender(facts: SenderFacts, expectedPages: ReadonlyMap<number, string>): SenderVerdict {
  const expected = expectedPages.get(facts.contentsId);
  if (expected === undefined) return { ok: false, reason: `webContents ${facts.contentsId} is not a Groundwork window` };
  if (!facts.isMainFrame) return { ok: false, reason: 'the call came from a sub-frame' };
  if (facts.frameUrl === null) return { ok: false, reason: 'the sending frame is gone' };
  const file = filePathOf(facts.frameUrl);
  if (file === null) return { ok: false, reason: `the sending page is not a local file (${facts.frameUrl.slice(0, 80)})` };
  if (!samePath(file, expected)) return { ok: false, reason: `the sending page ${file} is not ${expected}` };
  return { ok: true };
}

/** Whether `candidate` lies inside `folder` (or is the folder), after normalising both. */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function filePathOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return null;
  parsed.hash = '';
  parsed.search = '';
  try {
    return fileURLToPath(parsed);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  return process.platform === 'win32' || process.platform === 'darwin' ? left.toLowerCase() === right.toLowerCase() : left === right;
}
