import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

// A small stand-in for the parts of Electron that electron/main.ts uses, so the
// real main process (with the real host) can run in plain Node. It records
// what the shell asks of Electron; it does not try to behave like a browser.

/** A display as the fake screen reports it. */
export interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  internal: boolean;
}

type Rect = FakeDisplay['bounds'];
type Handler = (event: unknown, args: unknown) => Promise<unknown>;

let nextContentsId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; message: unknown }[] = [];
  url = '';
  get mainFrame(): { url: string; parent: null; processId: number; routingId: number } {
    return { url: this.url, parent: null, processId: this.id, routingId: 1 };
  }
  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(): void {}
}

/** A recorded BrowserWindow. */
export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  bounds: Rect;
  fullscreen = false;
  visible = false;
  destroyed = false;
  constructor(
    readonly options: { x?: number; y?: number; width?: number; height?: number; resizable?: boolean; minWidth?: number; minHeight?: number; webPreferences?: Record<string, unknown> },
  ) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.all.push(this);
  }
  loadFile(file: string): Promise<void> {
    this.loaded.push(file);
    this.webContents.url = pathToFileURL(file).href;
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
  }
  isFullScreen(): boolean {
    return this.fullscreen;
  }
  /**
   * As Electron on Windows, the harder order: 'leave-full-screen' comes while the window is still full screen, and the
   * window leaves a moment later (then 'resize'). Entering is reported after the change, as everywhere.
   */
  setFullScreen(on: boolean): void {
    if (on) {
      this.fullscreen = true;
      this.emit('enter-full-screen');
      return;
    }
    if (!this.fullscreen) return;
    this.emit('leave-full-screen');
    setImmediate(() => {
      this.fullscreen = false;
      this.emit('resize');
    });
  }
  isSimpleFullScreen(): boolean {
    return false;
  }
  show(): void {
    this.visible = true;
  }
  showInactive(): void {
    this.visible = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  maximize(): void {}
  unmaximize(): void {}
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
  focus(): void {}
  restore(): void {}
  moveTop(): void {}
  setMenuBarVisibility(): void {}
  menuRemoved = false;
  removeMenu(): void {
    this.menuRemoved = true;
  }
}

/** Builds a fake 'electron' module; `paths` answers app.getPath(). */
export function createFakeElectron(appPath: string, paths: Record<string, string>, displays: FakeDisplay[]) {
  const handlers = new Map<string, Handler>();
  const exits: number[] = [];
  const messages: unknown[] = [];
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: () => undefined,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => appPath,
    getPath: (name: string) => paths[name] ?? appPath,
    isPackaged: false,
    // As Electron: before-quit (which may be held back), then every window is closed normally ('close', 'closed'), then the exit.
    quit: () => {
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      for (const window of FakeBrowserWindow.getAllWindows()) window.close();
      exits.push(0);
    },
    exit: (code = 0) => exits.push(code),
  });
  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0],
    getDisplayMatching: (rect: Rect) =>
      displays.find((d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width && rect.y >= d.bounds.y && rect.y < d.bounds.y + d.bounds.height) ??
      displays[0],
  });
  const permissionHandlers: unknown[] = [];
  /** The application menus the shell set, as templates (buildFromTemplate hands the template back). */
  const menus: unknown[] = [];
  /** Sleep blockers started and not yet stopped, by id, with their type. */
  const sleepBlockers = new Map<number, string>();
  let nextBlocker = 1;
  const powerSaveBlocker = {
    start: (type: string) => {
      const id = nextBlocker++;
      sleepBlockers.set(id, type);
      return id;
    },
    stop: (id: number) => void sleepBlockers.delete(id),
    isStarted: (id: number) => sleepBlockers.has(id),
  };
  const powerMonitor = new EventEmitter();
  const electron = {
    app,
    powerMonitor,
    screen,
    powerSaveBlocker,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void menus.push(menu) },
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showMessageBox: (...args: unknown[]) => {
        messages.push(args.at(-1));
        return Promise.resolve({ response: 0 });
      },
      showErrorBox: (title: string, content: string) => messages.push({ title, content }),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
        setPermissionRequestHandler: (handler: unknown) => permissionHandlers.push(handler),
        setPermissionCheckHandler: (handler: unknown) => permissionHandlers.push(handler),
        setDevicePermissionHandler: (handler: unknown) => permissionHandlers.push(handler),
      },
    },
  };
  /** Calls a verb over "IPC" as the main frame of a window would. */
  const invoke = (window: FakeBrowserWindow, verb: string, args: unknown): Promise<unknown> => {
    const handler = handlers.get(`groundwork:${verb}`);
    if (!handler) throw new Error(`no IPC handler for ${verb}`);
    return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, args);
  };
  return { electron, app, powerMonitor, screen, handlers, exits, messages, permissionHandlers, invoke, sleepBlockers, menus };
}
