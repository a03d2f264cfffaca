import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, Session } from 'electron';
import type { PdfPrinter } from '../host/hostTypes';
import type { ElectronApi } from './electronApi';

/** The parts of Electron the printer uses (handed in by electron/main.ts, so this module loads in plain Node). */
export type PrinterElectron = Pick<ElectronApi, 'BrowserWindow' | 'session'>;

/**
 * The print window's own session: in memory (no `persist:`), apart from the app's windows, so its request filter
 * and its permissions are its own and nothing it loads is kept.
 */
export const PRINT_PARTITION = 'groundwork-print';

/** How long one page may take to load and print before the export gives up. */
const PRINT_TIMEOUT_MS = 60_000;

/** The print session and the pages it may load: only those being printed at this moment, each a file the printer wrote. */
interface PrintSession {
  session: Session;
  pages: Set<string>;
}

/** Takes the print partition's session and locks it down: it loads only the pages being printed, and is granted no permission. */
function lockedPrintSession(electron: PrinterElectron): PrintSession {
  const session = electron.session.fromPartition(PRINT_PARTITION);
  const pages = new Set<string>();
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !pages.has(details.url) }));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  return { session, pages };
}

/** Rejects after `ms` with a sentence, unless `work` settles first. */
async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('the page took too long to print')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The desktop app's PDF printer for `report.export`: the page is written to an owner-only temporary folder, loaded
 * into a hidden, sandboxed window with JavaScript off and no preload (in a session that may load nothing else),
 * printed on A4 with its backgrounds, and the window is closed and the folder removed, whatever happened. The host
 * writes the bytes to the chosen file itself, atomically. A file rather than a data: URL, which Chromium caps at 2 MB.
 */
export function createPdfPrinter(electron: PrinterElectron, tempRoot: string, options: { timeoutMs?: number } = {}): PdfPrinter {
  // Taken at the first print: Electron gives sessions only once the app is ready.
  let print: PrintSession | null = null;
  return {
    async printToPdf(html) {
      print ??= lockedPrintSession(electron);
      const { session, pages } = print;
      const folder = await mkdtemp(path.join(tempRoot, 'groundwork-print-'));
      const file = path.join(folder, 'report.html');
      const url = pathToFileURL(file).href;
      let window: BrowserWindow | null = null;
      try {
        await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        pages.add(url);
        const hidden = new electron.BrowserWindow({
          show: false,
          webPreferences: {
            session,
            javascript: false,
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            nodeIntegrationInWorker: false,
            nodeIntegrationInSubFrames: false,
            webSecurity: true,
            allowRunningInsecureContent: false,
            webviewTag: false,
            navigateOnDragDrop: false,
            spellcheck: false,
          },
        });
        window = hidden;
        const pdf = await withinTime(
          hidden.loadURL(url).then(() => hidden.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })),
          options.timeoutMs ?? PRINT_TIMEOUT_MS,
        );
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        pages.delete(url);
        if (window && !window.isDestroyed()) window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
