import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import type { DialogPort } from '../host/hostTypes';
import { withSessionExtension } from '../../shared/session/sessionFileName';

const SESSION_FILTERS: FileFilter[] = [{ name: 'Groundwork session', extensions: ['groundwork'] }];
const MARKDOWN_FILTERS: FileFilter[] = [{ name: 'Markdown report', extensions: ['md'] }];
const HTML_FILTERS: FileFilter[] = [{ name: 'Printable report (HTML)', extensions: ['html'] }];
const PDF_FILTERS: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

/** The save dialog's filter for the format the facilitator chose, which the suggested name carries. */
function reportFilters(defaultPath: string): FileFilter[] {
  const extension = path.extname(defaultPath).toLowerCase();
  return extension === '.html' ? HTML_FILTERS : extension === '.pdf' ? PDF_FILTERS : MARKDOWN_FILTERS;
}

/** Native open/save dialogs for session files, attached to the control window and starting in the workspace folder. */
export function createDialogPort(dialog: Dialog, parent: () => BrowserWindow | null, workspaceDir: string): DialogPort {
  return {
    async chooseSessionToOpen() {
      const options = { title: 'Open session', defaultPath: workspaceDir, filters: SESSION_FILTERS, properties: ['openFile' as const] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const chosen = result.filePaths[0];
      return result.canceled || chosen === undefined ? null : chosen;
    },
    async chooseWhereToSave(suggestedName: string) {
      const options = {
        title: 'Save session',
        defaultPath: path.join(workspaceDir, withSessionExtension(path.basename(suggestedName))),
        filters: SESSION_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withSessionExtension(result.filePath);
    },
    async chooseWhereToExportReport(defaultPath: string) {
      const options = {
        title: 'Export report',
        buttonLabel: 'Export',
        defaultPath,
        filters: reportFilters(defaultPath),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
