import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileNameProblem } from '../../shared/util/fileNames';
import { RefusedWriteError } from './diskErrors';
import type { PathPolicy, Places } from './paths/pathPolicy';
import { HostFailure } from './hostFailure';
import { isInside } from './workspacePaths';


/** Refuses a name for a new file that would not work on Windows, macOS and Linux alike. */
export function checkNewFileName(name: string): void {
  const problem = fileNameProblem(name);
  if (problem !== null) throw new HostFailure('invalid', problem);
}

/**
 * Whether a path is in Groundwork's own data folder (recovery copies,
 * settings, the recent list, link secrets). When the workspace itself lives
 * in the data folder (the desktop's fallback `<data>/Workspace`), the
 * workspace stays usable; the recovery folder never is.
 */
function inAppData(places: Places, absolute: string): boolean {
  if (isInside(places.recoveryDir, absolute)) return true;
  if (!isInside(places.dataDir, absolute)) return false;
  return !(isInside(places.dataDir, places.workspaceDir) && isInside(places.workspaceDir, absolute));
}

/** The real location of a path that exists, links followed; the path itself otherwise. */
export async function realOrSame(absolute: string): Promise<string> {
  return fsp.realpath(absolute).catch(() => absolute);
}

/** The real location of a path: links followed for the part that exists. */
export async function realLocation(absolute: string): Promise<string> {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    const real = await fsp.realpath(current).catch(() => null);
    if (real !== null) return path.join(real, ...missing.reverse());
    const parent = path.dirname(current);
    if (parent === current) return absolute;
    missing.push(path.basename(current));
    current = parent;
  }
}

/** Whether a path, as named or where its links lead, is in Groundwork's own data folder. */
export async function isAppDataPath(places: Places, absolute: string): Promise<boolean> {
  const real = await realLocation(absolute);
  const realPlaces = {
    ...places,
    workspaceDir: await realOrSame(places.workspaceDir),
    dataDir: await realOrSame(places.dataDir),
    recoveryDir: await realOrSame(places.recoveryDir),
  };
  return inAppData(places, path.resolve(absolute)) || inAppData(realPlaces, real);
}

/** The sentence for a file verb aimed at the data folder. */
export function appDataRefusal(shown: string): string {
  return `"${shown}" is in Groundwork's own data folder, where it keeps recovery copies and settings. Choose a folder of your own.`;
}

/** Refuses a path in Groundwork's own data folder for a file verb (save as, report, workshop folder). */
export async function refuseAppData(places: Places, absolute: string, shown: string): Promise<void> {
  if (await isAppDataPath(places, absolute)) throw new HostFailure('forbidden', appDataRefusal(shown));
}

/**
 * Checks a named session file just before each write, where its links lead
 * now, not only when it was chosen: where the path policy allows (in browser
 * mode still inside the workspace), and in any mode outside the data folder.
 */
export async function checkWriteTarget(places: Places & { paths: PathPolicy }, absolute: string): Promise<void> {
  await places.paths.checkStillAllowed(absolute);
  if (await isAppDataPath(places, absolute)) throw new RefusedWriteError(`Not saved: "${path.basename(absolute)}" now leads into Groundwork's own data folder, so Groundwork will not write there. Use Save As to choose another folder`);
}
