import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { SESSION_FILE_EXTENSION, withSessionExtension } from '../../../shared/session/sessionFileName';
import { errorCode } from '../../files/fileSystemPort';
import { RefusedWriteError } from '../diskErrors';
import { checkNewFileName, realLocation, realOrSame, refuseAppData } from '../fileRules';
import { HostFailure } from '../hostFailure';
import { isInside, newFileNameIn, resolveInWorkspace, toWorkspaceRelative } from '../workspacePaths';
import type { PathPolicy, Places } from './pathPolicy';

/**
 * Browser mode's paths: a window names files relative to the workspace, and
 * nothing it names (or that a link turns it into) may lead outside it.
 */
export function browserPaths(places: Places): PathPolicy {
  const { workspaceDir, recoveryDir } = places;
  const windowPath = (absolute: string): string | null => toWorkspaceRelative(workspaceDir, absolute);
  return {
    nativeDialogs: false,
    followFolderLinks: false,
    reportDialog: null,
    reportPrinter: null,
    windowPath,
    shown: (absolute) => windowPath(absolute) ?? absolute,
    shownInWorkspace: (resolved) => resolved.relative,
    // A copy in a data folder elsewhere is named by its place in the recovery folder.
    offerPath: (absolute) => windowPath(absolute) ?? `recovery/${path.relative(recoveryDir, absolute).split(path.sep).join('/')}`,
    mayOffer: (absolute) => isInside(workspaceDir, absolute) || isInside(recoveryDir, absolute),

    async chooseOpenPath(requested) {
      if (requested === undefined) return null;
      if (!requested.toLowerCase().endsWith(SESSION_FILE_EXTENSION)) {
        throw new HostFailure('invalid', `"${requested}" is not a Groundwork session file; those end in ${SESSION_FILE_EXTENSION}.`);
      }
      return (await resolveInWorkspace(workspaceDir, requested)).absolute;
    },

    async chooseSavePath(requested) {
      if (requested === undefined) return null;
      return saveTarget(places, requested);
    },

    async checkStillAllowed(absolute) {
      const root = await realOrSame(workspaceDir);
      const real = await realLocation(absolute);
      if (!isInside(root, real)) {
        const folderName = path.basename(path.dirname(absolute));
        throw new RefusedWriteError(`Not saved: the folder "${folderName}" now leads outside the workspace (it was replaced by a link), so Groundwork will not write there. Use Save As to choose a folder in the workspace`);
      }
    },

    async resolveFolder(requested) {
      try {
        return (await resolveInWorkspace(workspaceDir, requested.trim())).absolute;
      } catch (error) {
        if (error instanceof HostFailure && error.message.endsWith('Choose a file in the workspace.')) {
          throw new HostFailure(error.code, error.message.replace('Choose a file in the workspace.', 'Choose a folder inside it, for example Workshops.'));
        }
        throw error;
      }
    },

    async usableFolder(chosen) {
      const relative = toWorkspaceRelative(workspaceDir, chosen);
      if (relative === null) return null;
      return (await resolveInWorkspace(workspaceDir, relative).catch(() => null))?.absolute ?? null;
    },
  };
}

/** A path a window asked to save to: inside the workspace, a name that works everywhere, in a folder that is there. */
async function saveTarget(places: Places, requested: string): Promise<string> {
  const trimmed = requested.trim();
  const base = newFileNameIn(trimmed);
  if (base.startsWith('.')) throw new HostFailure('invalid', 'Give the file a name that does not start with a dot.');
  checkNewFileName(withSessionExtension(base));
  const resolved = await resolveInWorkspace(places.workspaceDir, withSessionExtension(trimmed));
  await refuseAppData(places, resolved.absolute, resolved.relative);
  const folder = path.dirname(resolved.absolute);
  const folderStats = await fsp.stat(folder).catch(() => null);
  if (!folderStats?.isDirectory()) throw new HostFailure('not-found', `The folder "${path.posix.dirname(resolved.relative)}" is not there.`);
  try {
    const stats = await fsp.stat(resolved.absolute);
    if (!stats.isFile()) throw new HostFailure('invalid', `"${resolved.relative}" is a folder; choose another name.`);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    if (errorCode(error) !== 'ENOENT') throw new HostFailure('file', `"${resolved.relative}" cannot be used (${errorCode(error) ?? String(error)}).`);
  }
  return resolved.absolute;
}
