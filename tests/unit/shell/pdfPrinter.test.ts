import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfPrinter, PRINT_PARTITION } from '../../../electron/shell/pdfPrinter';
import type { PrinterElectron } from '../../../electron/shell/pdfPrinter';
import { makeTempDir } from '../helpers/tempDir';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** The print partition's session as the printer sets it up: who may load what, and which permissions. */
class FakeSession {
  requestListener: RequestListener | null = null;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: (() => boolean) | null = null;
  webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.requestListener = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
  /** Whether a request for `url` would go ahead. */
  allows(url: string): boolean {
    let cancelled = true;
    this.requestListener?.({ url }, (response) => (cancelled = response.cancel));
    return !cancelled;
  }
}

/** What a test makes the hidden window do. */
interface Behaviour {
  load?: (url: string) => Promise<void>;
  print?: () => Promise<Buffer>;
}

let behaviour: Behaviour = {};
let windows: FakeWindow[] = [];

class FakeWindow {
  loadedUrl: string | null = null;
  htmlAtLoad: string | null = null;
  printOptions: unknown[] = [];
  destroyed = false;
  readonly webContents = {
    printToPDF: (options: unknown) => {
      this.printOptions.push(options);
      return behaviour.print ? behaviour.print() : Promise.resolve(Buffer.from('%PDF-1.7'));
    },
  };
  constructor(readonly options: Record<string, unknown>) {
    windows.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.htmlAtLoad = await readFile(fileURLToPath(url), 'utf8');
    await behaviour.load?.(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

let printSession: FakeSession;
let partitions: string[];
let tempRoot: string;
let cleanup: () => Promise<void>;

function electron(): PrinterElectron {
  return {
    BrowserWindow: FakeWindow,
    session: {
      fromPartition: (partition: string) => {
        partitions.push(partition);
        return printSession;
      },
    },
  } as unknown as PrinterElectron;
}

beforeEach(async () => {
  behaviour = {};
  windows = [];
  partitions = [];
  printSession = new FakeSession();
  const temp = await makeTempDir();
  tempRoot = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(async () => {
  await cleanup();
});

const PAGE = '<!doctype html><html><body><h1>Run sheet</h1></body></html>';

describe('printing a report to PDF in the desktop app', () => {
  it('loads the page in a hidden, sandboxed window with JavaScript off, prints it on A4 with backgrounds, and closes the window', async () => {
    const printer = createPdfPrinter(electron(), tempRoot);
    const bytes = await printer.printToPdf(PAGE);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options).toMatchObject({ show: false });
    expect(window?.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      session: printSession,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(partitions).toEqual([PRINT_PARTITION]);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(window?.htmlAtLoad).toBe(PAGE);
    expect(window?.printOptions).toEqual([{ printBackground: true, pageSize: 'A4' }]);
    expect(window?.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('lets the hidden window load that one page and nothing else, and grants it no permission', async () => {
    let seen: { page: string; other: boolean; web: boolean; page2: boolean } | null = null;
    behaviour.load = (url) => {
      seen = { page: url, page2: printSession.allows(url), other: printSession.allows(`${url}.other`), web: printSession.allows('https://example.com/x.css') };
      return Promise.resolve();
    };
    await createPdfPrinter(electron(), tempRoot).printToPdf(PAGE);
    expect(seen).toMatchObject({ page2: true, other: false, web: false });
    // Once printed, its page may not be loaded again.
    expect(printSession.allows(seen?.['page'] ?? '')).toBe(false);
    let granted = true;
    printSession.permissionRequest?.(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(printSession.permissionCheck?.()).toBe(false);
  });

  it('prints two pages at once, each allowed its own', async () => {
    const printer = createPdfPrinter(electron(), tempRoot);
    const allowedDuringLoad: boolean[] = [];
    behaviour.load = async (url) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      allowedDuringLoad.push(printSession.allows(url));
    };
    await Promise.all([printer.printToPdf(PAGE), printer.printToPdf(PAGE.replace('Run sheet', 'Record'))]);
    expect(allowedDuringLoad).toEqual([true, true]);
    // Each page is written to its own folder first, so which window opens first depends on the disk: either order is right.
    expect(windows.map((window) => window.htmlAtLoad).sort()).toEqual([PAGE, PAGE.replace('Run sheet', 'Record')].sort());
    expect(windows.every((window) => window.destroyed)).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('closes the window and removes the page when printing fails, and says why', async () => {
    behaviour.print = () => Promise.reject(new Error('Printing failed'));
    await expect(createPdfPrinter(electron(), tempRoot).printToPdf(PAGE)).rejects.toThrow('Printing failed');
    expect(windows[0]?.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('gives up on a page that never finishes loading', async () => {
    behaviour.load = () => new Promise(() => undefined);
    await expect(createPdfPrinter(electron(), tempRoot, { timeoutMs: 20 }).printToPdf(PAGE)).rejects.toThrow('the page took too long to print');
    expect(windows[0]?.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });
});
