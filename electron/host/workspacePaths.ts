import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { HostFailure } from './hostFailure';
import { errorCode } from '../files/fileSystemPort';

/** A path a window named, checked and resolved inside the workspace. */
export interface WorkspacePath {
  /** Absolute path on disk. */
  absolute: string;
  /** Relative to the workspace, with forward slashes, as windows see it. */
  relative: string;
}

/**
 * The name of the file a browser window asked for: the last part of its path.
 * A path that ends with a folder separator names no file (`sub/` would
 * otherwise become the hidden `sub/.groundwork`).
 */
export function newFileNameIn(requested: string): string {
  const normalised = requested.replace(/\\/g, '/');
  if (normalised.endsWith('/')) throw new HostFailure('invalid', `"${requested}" names a folder. Add a name for the file after it, for example "${normalised}Retro".`);
  return path.posix.basename(normalised);
}

/** Whether `child` is `parent` itself or inside it. Both must be absolute and normalised. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The path windows see for an absolute path inside the workspace, or null when it is outside. */
export function toWorkspaceRelative(workspaceDir: string, absolute: string): string | null {
  const root = path.resolve(workspaceDir);
  const target = path.resolve(absolute);
  if (!isInside(root, target)) return null;
  return path.relative(root, target).split(path.sep).join('/');
}

/**
 * Resolves a path a browser window sent, relative to the workspace. Refuses
 * absolute paths, `..` escapes and symbolic links that lead outside the
 * workspace. An empty path means the workspace itself.
 */
export async function resolveInWorkspace(workspaceDir: string, requested: string): Promise<WorkspacePath> {
  if (requested.includes('\0')) throw new HostFailure('invalid', 'That file name contains a character Groundwork cannot use.');
  const normalised = requested.replace(/\\/g, '/');
  if (path.posix.isAbsolute(normalised) || path.win32.isAbsolute(requested) || /^[a-zA-Z]:/.test(normalised)) {
    throw new HostFailure('forbidden', `"${requested}" is not inside the workspace folder. Choose a file in the workspace.`);
  }
  const relative = path.posix.normalize(normalised === '' ? '.' : normalised);
  if (relative === '..' || relative.startsWith('../')) {
    throw new HostFailure('forbidden', `"${requested}" is not inside the workspace folder. Choose a file in the workspace.`);
  }
  const root = await realWorkspace(workspaceDir);
  const absolute = path.resolve(root, ...relative.split('/').filter((part) => part !== '.' && part !== ''));
  const real = await realPathOfNearestExisting(absolute);
  if (!isInside(root, real)) {
    throw new HostFailure('forbidden', `"${requested}" leads outside the workspace folder, so Groundwork will not use it.`);
  }
  return { absolute, relative: path.relative(root, absolute).split(path.sep).join('/') };
}

async function realWorkspace(workspaceDir: string): Promise<string> {
  try {
    return await fsp.realpath(workspaceDir);
  } catch (error) {
    throw new HostFailure('file', `The workspace folder "${workspaceDir}" cannot be reached (${errorCode(error) ?? String(error)}).`);
  }
}

/** Follows symbolic links for the part of a path that exists, so a link cannot smuggle a path out. */
async function realPathOfNearestExisting(absolute: string): Promise<string> {
  let current = absolute;
  const missing: string[] = [];
  for (;;) {
    try {
      const real = await fsp.realpath(current);
      return path.join(real, ...missing.reverse());
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new HostFailure('file', `"${absolute}" cannot be reached (${code ?? String(error)}).`);
      // A dangling link is refused outright: we cannot tell where it would lead.
      const isLink = await fsp.lstat(current).then((stats) => stats.isSymbolicLink(), () => false);
      if (isLink) throw new HostFailure('forbidden', `"${path.basename(current)}" is a link to something that is not there, so Groundwork will not use it.`);
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
