import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { VerbResult } from '../../shared/protocol/verbs';
import { fileNameProblem } from '../../shared/util/fileNames';
import { MAX_WORKSHOP_FILE_BYTES, WORKSHOP_FILE_SUFFIX, isWorkshopFileName, parseWorkshopFile } from '../../shared/workshop/workshopFile';
import { folderWorkshopId } from '../../shared/workshop/workshopIds';
import { atomicWrite } from '../files/atomicWrite';
import { errorCode } from '../files/fileSystemPort';
import { RefusedWriteError, describeSaveFailure } from './diskErrors';
import { refuseAppData } from './fileRules';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { detectJsonLayout, editJsonText, stringifyJson } from './jsonFieldEdits';
import { readWorkshopText } from './workshopFolder';

/** What `workshops.save` writes: a file name in the workshop folder, the builder's document, and whether an existing file may be replaced. */
export interface WorkshopSaveRequest {
  fileName: string;
  document: Record<string, unknown>;
  replace: boolean;
}

/** The workshop folder a save goes to, absolute; the default one is created when it is missing, any other must exist. */
export interface SaveFolder {
  absolute: string;
  isDefault: boolean;
}

/** Why a name cannot be that of a workshop file saved into the folder, as a sentence saying what to change; null when it can. */
export function workshopSaveNameProblem(fileName: string): string | null {
  if (/[\\/]/.test(fileName) || fileName !== path.basename(fileName)) return `Give only a file name, without a folder, for example “team-retro${WORKSHOP_FILE_SUFFIX}”.`;
  if (!isWorkshopFileName(fileName)) return `A workshop file’s name ends in ${WORKSHOP_FILE_SUFFIX}, for example “team-retro${WORKSHOP_FILE_SUFFIX}”.`;
  return fileNameProblem(fileName);
}

/**
 * Writes the builder's document as a workshop file in the folder, atomically (an earlier version is kept as
 * `<name>.bak`). An existing file is changed field by field so a hand-written file keeps its layout; a new one, or
 * one that is not JSON, is written anew. A draft with problems is saved too: `problems` says what keeps it from being
 * started, as the list will.
 */
export async function saveWorkshopFile(ctx: HostContext, folder: SaveFolder, request: WorkshopSaveRequest): Promise<VerbResult<'workshops.save'>> {
  const { fileName, replace } = request;
  const nameProblem = workshopSaveNameProblem(fileName);
  if (nameProblem !== null) throw new HostFailure('invalid', nameProblem);
  const document = plainJson(request.document);
  await prepareFolder(ctx, folder);
  const target = path.join(folder.absolute, fileName);
  await refuseAppData(ctx, target, fileName);
  const existing = await existingFile(ctx, folder.absolute, fileName);
  if (existing.exists && !replace) {
    throw new HostFailure('invalid', `There is already a workshop file named “${fileName}” in your workshop folder. Choose another name.`);
  }
  const text = fileText(existing.exists ? existing.text : null, document);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_WORKSHOP_FILE_BYTES) {
    const size = (bytes / (1024 * 1024)).toFixed(1);
    throw new HostFailure('invalid', `“${fileName}” was not saved: it would be ${size} MB, and a workshop file can be at most 1 MB. Shorten the longest scripts, or split the workshop in two.`);
  }
  try {
    // Nothing changed: leave the file (and the .bak of its previous version) alone.
    if (!existing.exists || existing.text !== text) await atomicWrite(existing.exists ? existing.writeTo : target, text, { fs: ctx.fileSystem });
  } catch (error) {
    throw new HostFailure('file', `“${fileName}” was not saved: ${describeSaveFailure(error).replace(/^Not saved: /, '')}.`);
  }
  const parsed = parseWorkshopFile(text, fileName);
  return { id: folderWorkshopId(fileName), fileName, problems: parsed.ok ? [] : parsed.problems };
}

/**
 * The document as JSON will hold it (undefined fields dropped, and so on), so comparing it with the file's value
 * compares what would really be written. A window's IPC call can carry values JSON cannot (a cycle, a BigInt).
 */
function plainJson(document: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  } catch {
    throw new HostFailure('invalid', 'This workshop cannot be saved: it holds something a workshop file cannot store. Undo the last change and save again.');
  }
}

/** The new text: the old one edited field by field when it is JSON, else the document written anew (two spaces). */
function fileText(oldText: string | null, document: Record<string, unknown>): string {
  if (oldText === null) return stringifyJson(document);
  // A byte-order mark some Windows editors write stays, so the file looks the same to them.
  const bom = oldText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = oldText.slice(bom.length);
  let before: unknown;
  try {
    before = JSON.parse(body);
  } catch {
    return stringifyJson(document);
  }
  return bom + (editJsonText(body, before, document) ?? stringifyJson(document, detectJsonLayout(body)));
}

/** Makes sure the folder is there to write into: the default one is created, a chosen one that has gone is not. */
async function prepareFolder(ctx: HostContext, folder: SaveFolder): Promise<void> {
  const shown = ctx.paths.shown(folder.absolute);
  try {
    if (folder.isDefault) await fsp.mkdir(folder.absolute, { recursive: true });
    const stats = await fsp.stat(folder.absolute);
    if (!stats.isDirectory()) throw new HostFailure('invalid', `The workshop folder “${shown}” is a file, not a folder. Choose another workshop folder.`);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new HostFailure('not-found', `The workshop folder “${shown}” is not there any more (was it on a drive that has been removed?). Choose another folder, or create it again.`);
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new HostFailure('invalid', `The workshop folder “${shown}” is a file, not a folder. Choose another workshop folder.`);
    throw new HostFailure('file', `The workshop folder “${shown}” cannot be used (${code ?? String(error)}). Choose another workshop folder.`);
  }
  try {
    // In browser mode: the folder (or a link in its path) must still lead inside the workspace.
    await ctx.paths.checkStillAllowed(path.join(folder.absolute, '.check'));
  } catch (error) {
    if (!(error instanceof RefusedWriteError)) throw error;
    throw new HostFailure('forbidden', `The workshop folder “${shown}” now leads outside the workspace, so Groundwork will not write there. Choose another workshop folder.`);
  }
}

/** The file a name already stands for: its text (null when it is not readable text) and the path to write, through a link where links are followed. */
type Existing = { exists: false } | { exists: true; text: string | null; writeTo: string };

async function existingFile(ctx: HostContext, folder: string, fileName: string): Promise<Existing> {
  const target = path.join(folder, fileName);
  let writeTo = target;
  try {
    if ((await fsp.lstat(target)).isSymbolicLink()) {
      if (!ctx.paths.followFolderLinks) {
        throw new HostFailure('forbidden', `“${fileName}” in your workshop folder is a link to another file, which Groundwork does not write through here. Choose another name.`);
      }
      // Write to the file the link leads to, so the link stays a link.
      writeTo = await fsp.realpath(target);
      await refuseAppData(ctx, writeTo, fileName);
    }
    if (!(await fsp.stat(writeTo)).isFile()) throw new HostFailure('invalid', `“${fileName}” in your workshop folder is not a file. Choose another name.`);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    if (errorCode(error) === 'ENOENT') return { exists: false };
    throw new HostFailure('file', `“${fileName}” in your workshop folder cannot be reached (${errorCode(error) ?? String(error)}).`);
  }
  const read = await readWorkshopText(folder, fileName, ctx.paths.followFolderLinks);
  return { exists: true, text: read.ok ? read.text : null, writeTo };
}
