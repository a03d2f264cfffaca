import { createContext, useContext } from 'react';
import type { BackupOffer } from '../../../shared/protocol/messages';

/** File actions of the control window, shared by buttons, keyboard shortcuts and the home screen. */
export interface FileActions {
  open: () => void;
  openPath: (path: string) => void;
  save: () => void;
  saveAs: () => void;
  /**
   * Asks which report to export (the client report first, or the facilitator record; Markdown or a printable page),
   * then writes it: a save dialog on the desktop, straight to its default place in browser mode.
   */
  exportReport: () => void;
  /** Leaves the session for the home screen (asks first when it has no file name). */
  goHome: () => void;
  /** Opens an earlier copy the host offered when a file could not be opened. */
  openBackup: (backup: BackupOffer) => void;
  /** Why the last file action failed, shown next to the file buttons. */
  error: string | null;
  /** An earlier copy offered with that failure ("Open the backup from 12:04"). */
  errorBackup: BackupOffer | null;
  clearError: () => void;
  busy: boolean;
}

/** Gives components the file actions. */
export const FileActionsContext = createContext<FileActions | null>(null);

/** The control window's file actions. */
export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useFileActions needs a FileActionsProvider.');
  return actions;
}
