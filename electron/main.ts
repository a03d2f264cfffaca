/**
 * The Electron entry point: a thin shell around the host. It opens the
 * control and presenter windows, locks them down, carries host verbs over
 * IPC, and makes sure pending saves reach the disk before the app quits.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, powerSaveBlocker, screen, session } from 'electron';
import type { UndoStatus } from '../shared/protocol/hostStatus';
import type { VerbArgs, VerbName, VerbResult } from '../shared/protocol/verbs';
import { createHost } from './host/createHost';
import type { Host } from './host/hostTypes';
import { createDialogPort } from './shell/dialogs';
import { createPdfPrinter } from './shell/pdfPrinter';
import type { ElectronApi } from './shell/electronApi';
import { registerIpc } from './shell/ipc';
import { QuitSequence } from './shell/quitSequence';
import type { Preventable } from './shell/quitSequence';
import { chooseWorkspaceFolder } from './shell/workspaceFolder';
import { buildAppMenu } from './shell/menu';
import { runMenuCommand } from './shell/menuCommands';
import type { MenuHost } from './shell/menuCommands';
import { shellPaths } from './shell/paths';
import { hardenAllContents, hardenSession } from './shell/security';
import { findSessionArg } from './shell/sessionArg';
import { ShellWindows } from './shell/windows';

const FLUSH_TIMEOUT_MS = 10_000;
const api: ElectronApi = { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, screen, session };

let host: Host | null = null;
let windows: ShellWindows | null = null;
let pendingOpen: string | null = null;
/** Quitting saves first; app.quit() then closes the windows normally, so they remember where they were. */
const quitting = new QuitSequence({ flush: () => saveBeforeQuit(), quit: () => app.quit(), exit: (code) => app.exit(code) });

app.enableSandbox();
hardenAllContents(app);

if (!app.requestSingleInstanceLock()) {
  // Another Groundwork is running; it receives our command line through 'second-instance'.
  app.exit(0);
} else {
  pendingOpen = findSessionArg(process.argv, process.cwd());
  app.on('second-instance', (_event, argv, workingDirectory) => {
    windows?.showControl();
    const file = findSessionArg(argv, workingDirectory);
    if (file) openSessionFile(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (host) openSessionFile(file);
    else pendingOpen = file;
  });
  // Every way of quitting goes through one sequence: save first, hold back any further request meanwhile.
  app.on('before-quit', (event) => quitting.request(event));
  // The machine shutting down or logging off: Linux and macOS (powerMonitor), Windows (a window's query-session-end).
  // Electron's typings give 'shutdown' no argument; its documentation passes an event whose preventDefault delays the shutdown.
  powerMonitor.on('shutdown', (...args: unknown[]) => quitting.request(args[0] as Preventable | undefined));
  app.on('browser-window-created', (_event, window) => window.on('query-session-end', (event) => quitting.request(event)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows && BrowserWindow.getAllWindows().length === 0) windows.showControl();
  });
  process.on('SIGTERM', () => app.quit());
  process.on('SIGINT', () => app.quit());
  app
    .whenReady()
    .then(startUp)
    .catch((error: unknown) => fail('Groundwork could not start.', error));
}

async function startUp(): Promise<void> {
  const paths = shellPaths(app.getAppPath());
  const dataDir = app.getPath('userData');
  const workspace = chooseWorkspaceFolder(app.getPath('documents'), dataDir);
  const workspaceDir = workspace.dir;

  hardenSession(session.defaultSession, paths.rendererDir);
  const shell = new ShellWindows(api, paths, () => requireHost(), dataDir);
  windows = shell;
  host = createHost({
    mode: 'desktop',
    workspaceDir,
    dataDir,
    dialogs: createDialogPort(dialog, () => shell.controlWindow(), workspaceDir),
    printer: createPdfPrinter(api, app.getPath('temp')),
    presenter: { open: () => shell.openPresenter(), swapDisplays: () => shell.swapDisplays() },
    phonePageRoot: paths.rendererDir,
  });
  registerIpc(ipcMain, shell);
  await shell.start();
  const setMenu = (history: UndoStatus | null): void =>
    Menu.setApplicationMenu(
      buildAppMenu(
        Menu,
        {
          newSession: () => void callFromMenu('session.close', {}),
          runCommand: (id) => void runMenuCommand(id, menuHost),
        },
        process.platform,
        !app.isPackaged,
        history,
      ),
    );
  setMenu(null);
  // Edit ▸ Undo and Redo name the step they would act on, so the menu is rebuilt whenever that changes.
  let menuHistory = '';
  host.onPush((message) => {
    const status = message.kind === 'status' ? message.status : message.kind === 'snapshot' ? message.snapshot.status : null;
    if (!status) return;
    const history = status.history ?? null;
    const key = JSON.stringify(history);
    if (key === menuHistory) return;
    menuHistory = key;
    setMenu(history);
  });
  shell.showControl();
  if (workspace.notice) showProblem(workspace.notice);
  // A session reopened from the last run goes back in front of the room if the presenter was showing it.
  void host.started().then(({ resumed }) => (resumed && shell.presenterWasShowing() ? shell.openPresenter() : undefined));
  if (pendingOpen) {
    openSessionFile(pendingOpen);
    pendingOpen = null;
  }
}

function requireHost(): Host {
  if (!host) throw new Error('The host is not running yet.');
  return host;
}

/** Runs a verb as the control window would, telling the facilitator if it fails. */
async function callFromMenu<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V> | null> {
  const connection = windows?.controlConnection();
  if (!connection) return null;
  const outcome = await connection.call(verb, args);
  if (outcome.ok) return outcome.result as VerbResult<V>;
  showProblem(outcome.error.message);
  return null;
}

/** The host as the menu's commands reach it: through the control window's connection, problems in a message box. */
const menuHost: MenuHost = {
  hasSession: async () => {
    const snapshot = await callFromMenu('session.snapshot', {});
    return snapshot ? snapshot.session !== null : null;
  },
  dispatch: async (command) => {
    await callFromMenu('session.dispatch', command);
  },
  call: async (verb) => {
    await callFromMenu(verb, {});
  },
  swapDisplays: () => callFromMenu('presenter.swapDisplays', {}),
  askControlWindow: (id) => windows?.pushToControl({ kind: 'command', id }),
  problem: (message) => showProblem(message),
};

/** Opens a session file the operating system handed us, in the control window (shown first: on macOS the app may have none). */
function openSessionFile(file: string): void {
  host?.allowOpening(file);
  windows?.showControl();
  void callFromMenu('session.open', { path: file });
}

function showProblem(message: string): void {
  const parent = windows?.controlWindow();
  const options = { type: 'warning' as const, title: 'Groundwork', message, buttons: ['OK'] };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** Before quitting: remember where the windows are, and wait (a bounded time) until every change is on disk. Resolves with the exit code. */
async function saveBeforeQuit(): Promise<number> {
  windows?.markStopping();
  await windows?.rememberPlaces().catch((error: unknown) => console.error('Groundwork: could not remember the window places:', error));
  let code = 0;
  if (host) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), FLUSH_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([host.close().then(() => 'done' as const), timeout]);
      if (result === 'timeout') {
        console.error(`Groundwork: saving did not finish within ${FLUSH_TIMEOUT_MS / 1000} s; quitting anyway.`);
        code = 1;
      }
    } catch (error) {
      console.error('Groundwork: saving before quitting failed:', error);
      code = 1;
    } finally {
      clearTimeout(timer);
    }
  }
  return code;
}

function fail(message: string, error: unknown): void {
  console.error(message, error);
  dialog.showErrorBox('Groundwork', `${message}\n\n${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}
