import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { VerbResult, WorkshopSummary } from '../../shared/protocol/verbs';
import { builtInWorkshopDocument, builtInWorkshops, findBuiltInWorkshop } from '../../shared/workshop/builtInWorkshops';
import { summarizeWorkshop } from '../../shared/workshop/createSession';
import type { Workshop } from '../../shared/workshop/types';
import { describeWorkshopProblem, isWorkshopFileName } from '../../shared/workshop/workshopFile';
import { fileNameOfFolderId, folderWorkshopId } from '../../shared/workshop/workshopIds';
import { errorCode } from '../files/fileSystemPort';
import type { HostContext } from './hostContext';
import { HostFailure } from './hostFailure';
import { refuseAppData } from './fileRules';
import { fileNameProblem } from '../../shared/util/fileNames';
import { createSettingsStore } from './settings';
import type { Settings } from './settings';
import { workshopDocumentOf } from './workshopDocument';
import { listWorkshopFolder, readWorkshopFile, readWorkshopText } from './workshopFolder';
import { saveWorkshopFile } from './workshopSave';
import type { WorkshopSaveRequest } from './workshopSave';

/** The folder's name inside the workspace when the facilitator has not chosen one. */
export const DEFAULT_WORKSHOP_FOLDER_NAME = 'Workshops';

/** The workshops a session can start from: the built-in ones and the workshop folder's files, the folder setting, and finding one by id. */
export interface WorkshopLibrary {
  list(): Promise<VerbResult<'workshops.list'>>;
  setFolder(folder: string): Promise<VerbResult<'settings.setWorkshopFolder'>>;
  /** The workshop behind an id from the list; a folder file is read and checked again. */
  find(id: string): Promise<Workshop>;
  /** A workshop's file as written, for the builder: a built-in one as a copy, a folder file even when it has problems. */
  read(id: string): Promise<VerbResult<'workshops.read'>>;
  /** Writes a workshop file into the folder (one save at a time); see electron/host/workshopSave.ts. */
  save(request: WorkshopSaveRequest): Promise<VerbResult<'workshops.save'>>;
}

/** Builds the workshop library for a host. */
export function createWorkshopLibrary(ctx: HostContext): WorkshopLibrary {
  const settings = createSettingsStore(ctx.dataDir);
  const defaultFolder = path.join(ctx.workspaceDir, DEFAULT_WORKSHOP_FOLDER_NAME);

  /** The folder in use, absolute. In browser mode a setting that is no longer inside the workspace falls back to the default. */
  const currentFolder = async (): Promise<string> => {
    const chosen = (await settings.read()).workshopFolder;
    if (chosen === undefined || !path.isAbsolute(chosen)) return defaultFolder;
    return (await ctx.paths.usableFolder(chosen)) ?? defaultFolder;
  };

  /** How windows show a folder: relative to the workspace in browser mode, absolute on the desktop. */
  const shown = (absolute: string): string => ctx.paths.shown(absolute);

  /** The folder a file named in a `folder:` id is read from, once the name is known to stay inside it. */
  const folderOf = async (fileName: string): Promise<string> => {
    if (!isWorkshopFileName(fileName) || fileName !== path.basename(fileName) || fileNameProblem(fileName) !== null) {
      throw new HostFailure('invalid', `"${fileName}" is not the name of a workshop file.`);
    }
    const folder = await currentFolder();
    if (ctx.paths.windowPath(folder) === null) throw new HostFailure('forbidden', 'The workshop folder is outside the workspace.');
    return folder;
  };

  const noLongerThere = (fileName: string): HostFailure =>
    new HostFailure('not-found', `"${fileName}" is no longer in the workshop folder. Press Refresh to see the current list.`);

  // Saves run one after another, so two saves of one file cannot interleave their read and write.
  let saving: Promise<unknown> = Promise.resolve();

  return {
    async list() {
      const folder = await currentFolder();
      const listing = await listWorkshopFolder(folder, ctx.paths.followFolderLinks);
      const workshops: WorkshopSummary[] = [
        ...builtInWorkshops.map((workshop) => summarizeWorkshop(workshop, { origin: 'built-in', fileName: null })),
        ...listing.workshops.map(({ fileName, workshop }) => summarizeWorkshop(workshop, { origin: 'folder', fileName, id: folderWorkshopId(fileName) })),
      ];
      const problems = [...listing.problems];
      if (listing.missing && folder !== defaultFolder) {
        problems.push({ file: '', path: '', message: 'The workshop folder is not there any more (was it on a drive that has been removed?). Choose another folder, or create it again.' });
      }
      return { workshops, folder: shown(folder), problems };
    },

    async setFolder(requested) {
      const absolute = await ctx.paths.resolveFolder(requested);
      await refuseAppData(ctx, absolute, requested.trim());
      if (absolute !== defaultFolder) await mustBeFolder(absolute, requested.trim());
      await settings.update((current) => {
        const next: Settings = { ...current, workshopFolder: absolute };
        if (absolute === defaultFolder) delete next.workshopFolder;
        return next;
      });
      return { folder: shown(absolute) };
    },

    async find(id) {
      const fileName = fileNameOfFolderId(id);
      if (fileName === null) {
        const workshop = findBuiltInWorkshop(id);
        if (!workshop) throw new HostFailure('not-found', `There is no workshop "${id}".`);
        return workshop;
      }
      const folder = await folderOf(fileName);
      const read = await readWorkshopFile(folder, fileName, ctx.paths.followFolderLinks);
      if (read.ok) return read.workshop;
      if (read.missing) throw noLongerThere(fileName);
      throw new HostFailure('invalid', `This workshop cannot be started because its file has a problem: ${describeWorkshopProblem(read.problem)}`);
    },

    async read(id) {
      const fileName = fileNameOfFolderId(id);
      if (fileName === null) {
        const document = builtInWorkshopDocument(id);
        if (!document) throw new HostFailure('not-found', `There is no workshop "${id}".`);
        return { id, origin: 'built-in', fileName: null, document };
      }
      const folder = await folderOf(fileName);
      const read = await readWorkshopText(folder, fileName, ctx.paths.followFolderLinks);
      if (!read.ok && read.missing) throw noLongerThere(fileName);
      const parsed = read.ok ? workshopDocumentOf(read.text, fileName) : read;
      if (!parsed.ok) {
        throw new HostFailure('invalid', `This workshop cannot be opened in the builder because its file has a problem: ${describeWorkshopProblem(parsed.problem)} Fix the file in a text editor, then open it again.`);
      }
      return { id, origin: 'folder', fileName, document: parsed.document };
    },

    save(request) {
      const task = async (): Promise<VerbResult<'workshops.save'>> => {
        const folder = await currentFolder();
        if (ctx.paths.windowPath(folder) === null) throw new HostFailure('forbidden', 'The workshop folder is outside the workspace.');
        return saveWorkshopFile(ctx, { absolute: folder, isDefault: folder === defaultFolder }, request);
      };
      const result = saving.then(task, task);
      saving = result.catch(() => undefined);
      return result;
    },
  };
}

async function mustBeFolder(absolute: string, requested: string): Promise<void> {
  try {
    const stats = await fsp.stat(absolute);
    if (!stats.isDirectory()) throw new HostFailure('invalid', `"${requested}" is a file, not a folder.`);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new HostFailure('not-found', `There is no folder "${requested}". Create it first, or check the spelling.`);
    throw new HostFailure('file', `The folder "${requested}" cannot be reached (${code ?? String(error)}).`);
  }
}
