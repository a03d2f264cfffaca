import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { SESSION_FILE_EXTENSION } from '../../shared/session/sessionFile';
import type { SessionState } from '../../shared/session/types';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { resolveInWorkspace } from './workspacePaths';
import { suggestedSessionName, withSessionExtension } from '../../shared/session/sessionFileName';
import { checkNewFileName, refuseAppData } from './fileRules';
import { errorCode } from '../files/fileSystemPort';

/**
 * Decides which file to open. Browser: a path relative to the workspace.
 * Desktop: the native dialog, or a path the recent list already holds.
 * Null: the user cancelled (or, in browser mode, no path was given yet).
 */
export async function chooseOpenPath(ctx: HostContext, requested: string | undefined): Promise<string | null> {
  if (ctx.mode === 'browser') {
    if (requested === undefined) return null;
    if (!requested.toLowerCase().endsWith(SESSION_FILE_EXTENSION)) {
      throw new HostFailure('invalid', `"${requested}" is not a Groundwork session file; those end in ${SESSION_FILE_EXTENSION}.`);
    }
    return (await resolveInWorkspace(ctx.workspaceDir, requested)).absolute;
  }
  if (requested !== undefined) {
    if (path.isAbsolute(requested) && (ctx.systemOpened.has(path.resolve(requested)) || (await ctx.recent.has(requested)))) return path.resolve(requested);
    throw new HostFailure('forbidden', 'Choose the file to open in the Open dialog.');
  }
  return requireDialogs(ctx).chooseSessionToOpen();
}

/**
 * Decides where to save. Browser: a path relative to the workspace, with the
 * extension added if missing. Desktop: the native dialog, unless the window
 * names a file already on the recent list.
 */
export async function chooseSavePath(ctx: HostContext, requested: string | undefined, session: SessionState): Promise<string | null> {
  if (ctx.mode === 'browser') {
    if (requested === undefined) return null;
    return browserSaveTarget(ctx, requested);
  }
  if (requested !== undefined && path.isAbsolute(requested) && (await ctx.recent.has(requested))) {
    await refuseAppData(ctx, path.resolve(requested), requested);
    return path.resolve(requested);
  }
  const chosen = await requireDialogs(ctx).chooseWhereToSave(withSessionExtension(suggestedSessionName(session.meta.group, session.meta.date)));
  if (chosen === null) return null;
  const absolute = withSessionExtension(path.resolve(chosen));
  checkNewFileName(path.basename(absolute));
  await refuseAppData(ctx, absolute, absolute);
  return absolute;
}

async function browserSaveTarget(ctx: HostContext, requested: string): Promise<string> {
  const trimmed = requested.trim();
  const base = newFileNameIn(trimmed);
  if (base.startsWith('.')) throw new HostFailure('invalid', 'Give the file a name that does not start with a dot.');
  checkNewFileName(withSessionExtension(base));
  const resolved = await resolveInWorkspace(ctx.workspaceDir, withSessionExtension(trimmed));
  await refuseAppData(ctx, resolved.absolute, resolved.relative);
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

function requireDialogs(ctx: HostContext): NonNullable<HostContext['dialogs']> {
  if (!ctx.dialogs) throw new HostFailure('internal', 'This window cannot show a file dialog.');
  return ctx.dialogs;
}
