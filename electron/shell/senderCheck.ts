import { localFilePath, pathsFor } from './fileUrls';

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
export function checkSender(facts: SenderFacts, expectedPages: ReadonlyMap<number, string>, platform: NodeJS.Platform = process.platform): SenderVerdict {
  const expected = expectedPages.get(facts.contentsId);
  if (expected === undefined) return { ok: false, reason: `webContents ${facts.contentsId} is not a Groundwork window` };
  if (!facts.isMainFrame) return { ok: false, reason: 'the call came from a sub-frame' };
  if (facts.frameUrl === null) return { ok: false, reason: 'the sending frame is gone' };
  const file = localFilePath(facts.frameUrl, platform);
  if (file === null) return { ok: false, reason: `the sending page is not a local file (${facts.frameUrl.slice(0, 80)})` };
  if (!samePath(file, expected, platform)) return { ok: false, reason: `the sending page ${file} is not ${expected}` };
  return { ok: true };
}

/** Whether `candidate` lies inside `folder` (or is the folder), after normalising both. */
export function isInside(folder: string, candidate: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = pathsFor(platform);
  const relative = paths.relative(paths.resolve(folder), paths.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !paths.isAbsolute(relative));
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const paths = pathsFor(platform);
  const left = paths.resolve(a);
  const right = paths.resolve(b);
  return platform === 'win32' || platform === 'darwin' ? left.toLowerCase() === right.toLowerCase() : left === right;
}
