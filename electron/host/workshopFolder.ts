import { promises as fsp } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { WorkshopFileProblem } from '../../shared/protocol/verbs';
import type { Workshop } from '../../shared/workshop/types';
import { MAX_WORKSHOP_FILE_BYTES, isWorkshopFileName, parseWorkshopFile, tooLargeMessage } from '../../shared/workshop/workshopFile';
import { errorCode } from '../files/fileSystemPort';

/** Most workshop files one folder listing reads; more are left out. */
export const MAX_FOLDER_WORKSHOPS = 200;

/** A workshop read from the folder, or the reason its file cannot be used. */
export type FolderFile = { ok: true; fileName: string; workshop: Workshop } | { ok: false; problem: WorkshopFileProblem; problems?: WorkshopFileProblem[]; missing?: true };

/** The folder's workshops, in file-name order, and the files that were skipped. */
export interface FolderListing {
  workshops: { fileName: string; workshop: Workshop }[];
  problems: WorkshopFileProblem[];
  /** The folder does not exist. */
  missing: boolean;
}

// The byte-order mark is kept in the text (parseWorkshopFile skips it) so a save can write it back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads every `*.workshop.json` directly in a folder (not sub-folders). A
 * missing folder is an empty list; `followLinks` decides whether linked files
 * are read (not in browser mode, where a link could lead out of the workspace).
 */
export async function listWorkshopFolder(folder: string, followLinks: boolean): Promise<FolderListing> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { workshops: [], problems: [], missing: true };
    const reason = code === 'ENOTDIR' ? 'it is a file, not a folder' : `it cannot be read (${code ?? String(error)})`;
    return { workshops: [], problems: [{ file: '', path: '', message: `The workshop folder cannot be used: ${reason}. Choose another folder.` }], missing: false };
  }
  const names = entries
    .filter((entry) => isWorkshopFileName(entry.name) && !entry.name.startsWith('.') && (entry.isFile() || (followLinks && entry.isSymbolicLink())))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_FOLDER_WORKSHOPS);
  const listing: FolderListing = { workshops: [], problems: [], missing: false };
  for (const name of names) {
    const read = await readWorkshopFile(folder, name, followLinks);
    if (read.ok) listing.workshops.push({ fileName: read.fileName, workshop: read.workshop });
    // Every problem of the file at once, so one edit and one Refresh can fix them all.
    else listing.problems.push(...(read.problems ?? [read.problem]));
  }
  return listing;
}

/** A workshop file's text, or why it cannot be read (`missing`: the file is not there). */
export type FolderText = { ok: true; text: string } | { ok: false; problem: WorkshopFileProblem; missing?: true };

/** Reads and validates one workshop file in the folder; a link is only followed when `followLinks` is set. Never throws. */
export async function readWorkshopFile(folder: string, fileName: string, followLinks: boolean): Promise<FolderFile> {
  const read = await readWorkshopText(folder, fileName, followLinks);
  if (!read.ok) return read;
  const parsed = parseWorkshopFile(read.text, fileName);
  return parsed.ok ? { ok: true, fileName, workshop: parsed.workshop } : parsed;
}

/**
 * Reads one workshop file's text with the folder's rules (a link only when `followLinks` is set, at most
 * MAX_WORKSHOP_FILE_BYTES, UTF-8), without checking what it says: the builder opens drafts too. Never throws.
 */
export async function readWorkshopText(folder: string, fileName: string, followLinks: boolean): Promise<FolderText> {
  const fail = (message: string): FolderText => ({ ok: false, problem: { file: fileName, path: '', message } });
  const absolute = path.join(folder, fileName);
  let bytes: Buffer;
  try {
    if (!followLinks && (await fsp.lstat(absolute)).isSymbolicLink()) return fail('This is a link to another file, which Groundwork does not follow here; copy the file into the folder instead.');
    const stats = await fsp.stat(absolute);
    if (!stats.isFile()) return fail('This is not a file.');
    if (stats.size > MAX_WORKSHOP_FILE_BYTES) return fail(tooLargeMessage(stats.size));
    bytes = await fsp.readFile(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, problem: { file: fileName, path: '', message: 'This file is no longer in the workshop folder.' }, missing: true };
    if (code === 'EACCES' || code === 'EPERM') return fail('Groundwork is not allowed to read this file; check its permissions.');
    return fail(`This file cannot be read (${code ?? String(error)}).`);
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return fail('This file is not UTF-8 text; save it again as UTF-8.');
  }
}
