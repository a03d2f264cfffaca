import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { FileEntry } from '../../shared/protocol/verbs';
import { SESSION_FILE_EXTENSION } from '../../shared/session/sessionFile';
import { HostFailure } from './hostFailure';
import { isInside, resolveInWorkspace } from './workspacePaths';
import { errorCode } from '../files/fileSystemPort';

/**
 * Lists a workspace folder for the in-app file dialog: sub-folders and
 * session files only, hidden names skipped, links leading outside left out.
 */
export async function listWorkspaceFolder(workspaceDir: string, folder: string): Promise<{ folder: string; entries: FileEntry[] }> {
  const resolved = await resolveInWorkspace(workspaceDir, folder);
  const root = await fsp.realpath(workspaceDir);
  let names: string[];
  try {
    names = await fsp.readdir(resolved.absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new HostFailure('not-found', `The folder "${folder}" is not there any more.`);
    if (code === 'ENOTDIR') throw new HostFailure('invalid', `"${folder}" is a file, not a folder.`);
    throw new HostFailure('file', `The folder "${folder}" could not be read (${code ?? String(error)}).`);
  }
  const entries: FileEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const absolute = path.join(resolved.absolute, name);
    const real = await fsp.realpath(absolute).catch(() => null);
    if (real === null || !isInside(root, real)) continue;
    const stats = await fsp.stat(real).catch(() => null);
    if (!stats) continue;
    const relative = resolved.relative === '' ? name : `${resolved.relative}/${name}`;
    if (stats.isDirectory()) entries.push({ name, path: relative, kind: 'folder', modifiedAt: stats.mtimeMs });
    else if (stats.isFile() && name.toLowerCase().endsWith(SESSION_FILE_EXTENSION)) {
      entries.push({ name, path: relative, kind: 'session', modifiedAt: stats.mtimeMs });
    }
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  return { folder: resolved.relative, entries };
}
