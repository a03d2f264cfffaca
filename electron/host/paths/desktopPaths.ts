import path from 'node:path';
import { suggestedSessionName, withSessionExtension } from '../../../shared/session/sessionFileName';
import { checkNewFileName, refuseAppData } from '../fileRules';
import { HostFailure } from '../hostFailure';
import type { DialogPort, PdfPrinter } from '../hostTypes';
import type { RecentList } from '../recentList';
import type { PathPolicy, Places } from './pathPolicy';

/** What the desktop's paths need besides the folders. */
export interface DesktopPathSources {
  /** Native file dialogs from the Electron shell; absent, windows cannot choose files. */
  dialogs: DialogPort | undefined;
  /** The shell's PDF printer; absent, reports cannot be exported as PDF. */
  printer?: PdfPrinter | undefined;
  /** Files the operating system handed to the app: windows may open them by path. */
  systemOpened: ReadonlySet<string>;
  recent: RecentList;
}

/**
 * The desktop's paths: absolute, chosen in native dialogs, or handed over by
 * the operating system or the recent list. A window cannot name any other file.
 */
export function desktopPaths(places: Places, sources: DesktopPathSources): PathPolicy {
  const { dialogs, systemOpened, recent, printer } = sources;
  const requireDialogs = (): DialogPort => {
    if (!dialogs) throw new HostFailure('internal', 'This window cannot show a file dialog.');
    return dialogs;
  };
  const exportDialog = dialogs?.chooseWhereToExportReport?.bind(dialogs);
  return {
    nativeDialogs: dialogs !== undefined,
    followFolderLinks: true,
    reportDialog: exportDialog ?? null,
    reportPrinter: printer ?? null,
    windowPath: (absolute) => absolute,
    shown: (absolute) => absolute,
    shownInWorkspace: (resolved) => resolved.absolute,
    offerPath: (absolute) => absolute,
    mayOffer: () => true,

    async chooseOpenPath(requested) {
      if (requested !== undefined) {
        if (path.isAbsolute(requested) && (systemOpened.has(path.resolve(requested)) || (await recent.has(requested)))) return path.resolve(requested);
        throw new HostFailure('forbidden', 'Choose the file to open in the Open dialog.');
      }
      return requireDialogs().chooseSessionToOpen();
    },

    async chooseSavePath(requested, session) {
      if (requested !== undefined && path.isAbsolute(requested) && (await recent.has(requested))) {
        await refuseAppData(places, path.resolve(requested), requested);
        return path.resolve(requested);
      }
      const chosen = await requireDialogs().chooseWhereToSave(withSessionExtension(suggestedSessionName(session.meta.group, session.meta.date)));
      if (chosen === null) return null;
      const absolute = withSessionExtension(path.resolve(chosen));
      checkNewFileName(path.basename(absolute));
      await refuseAppData(places, absolute, absolute);
      return absolute;
    },

    checkStillAllowed: () => Promise.resolve(),

    resolveFolder(requested) {
      const trimmed = requested.trim();
      if (trimmed.includes('\0') || !path.isAbsolute(trimmed)) {
        return Promise.reject(new HostFailure('invalid', `Type the full path of the folder (for example ${path.join(path.sep === '/' ? '/home/me' : 'C:\\Users\\me', 'Workshops')}), not "${trimmed}".`));
      }
      return Promise.resolve(path.resolve(trimmed));
    },

    usableFolder: (chosen) => Promise.resolve(chosen),
  };
}
