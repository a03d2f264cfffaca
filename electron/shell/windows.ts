import type { BrowserWindow, Display, Event as ElectronEvent, WebPreferences } from 'electron';
import { choosePresenterDisplay } from '../../shared/display/chooseDisplay';
import type { DisplayInfo, RememberedDisplay } from '../../shared/display/chooseDisplay';
import type { PushDelivery, PushMessage } from '../../shared/protocol/messages';
import { PUSH_CHANNEL } from '../../shared/protocol/ipcChannels';
import type { Host, HostConnection } from '../host/hostTypes';
import { framePacing } from '../host/pushPacing';
import {
  allDisplays,
  displayIdOf,
  readControlBounds,
  readPresenterBounds,
  readRememberedDisplay,
  isPresenterFullScreen,
  showFullscreenOn,
  showWindowed,
  toDisplayInfo,
  writeControlBounds,
  writePresenterBounds,
  writeRememberedDisplay,
} from './displays';
import { planDisplaySwap } from '../../shared/display/swapDisplays';
import { checkSavedBounds } from '../../shared/display/windowBounds';
import type { WindowBounds } from '../../shared/display/windowBounds';
import type { ElectronApi } from './electronApi';
import { pageFor, roleArgument } from './paths';
import type { ShellPaths, WindowRole } from './paths';
import { readPresenterShowing, writePresenterShowing } from './presenterShowing';
import { afterDisplayAdded, afterDisplayRemoved, isRehearsalWindow, PRESENTER_MIN_SIZE, rehearsalBounds } from './placement';
import type { PresenterMove, PresenterWhere } from './placement';


/** One of our windows, with the page it must show and its own link to the host. */
export interface OpenWindow {
  role: WindowRole;
  window: BrowserWindow;
  /** Absolute path of the HTML file this window was opened on. */
  page: string;
  connection: HostConnection;
}

/**
 * The locked-down preferences of every Groundwork window: isolated,
 * sandboxed, no Node in the page, only our preload. The presenter keeps
 * running at full speed when it is not focused (it usually is not).
 */
export function secureWebPreferences(role: WindowRole, preloadFile: string): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    backgroundThrottling: role !== 'presenter',
    additionalArguments: [roleArgument(role)],
  };
}

const CRASH_RELOAD_INTERVAL_MS = 10_000;
/** The control window's size the first time, or when its saved place is off every connected screen. */
const CONTROL_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** Opens, tracks and places the control and presenter windows. */
export class ShellWindows {
  private readonly open = new Map<number, OpenWindow>();
  private control: BrowserWindow | null = null;
  private presenter: BrowserWindow | null = null;
  private presenterWhere: PresenterWhere | null = null;
  private remembered: RememberedDisplay | null = null;
  /** Keeps the display (and the machine) awake while the room is looking at the presenter. */
  private sleepBlocker: number | null = null;
  /** Where the control window was when it was last closed (checked against the displays before use). */
  private savedControlBounds: WindowBounds | null = null;
  /** Where the presenter was last left as an ordinary window (one-screen rehearsal). */
  private savedPresenterBounds: WindowBounds | null = null;
  /** Whether the presenter was showing when the app last stopped (read at start). */
  private presenterShowingAtLastStop = false;
  /**
   * The app is stopping (quitting, or its control window closed and took the presenter with it): a presenter
   * closing now is not the facilitator closing it, so it is still remembered as showing.
   */
  private stopping = false;

  constructor(
    private readonly api: ElectronApi,
    private readonly paths: ShellPaths,
    private readonly host: () => Host,
    private readonly dataDir: string,
  ) {}

  /** Loads what the shell remembers (the last projector) and starts following display changes. Call once the app is ready. */
  async start(): Promise<void> {
    this.remembered = await readRememberedDisplay(this.dataDir);
    this.savedControlBounds = await readControlBounds(this.dataDir);
    this.savedPresenterBounds = await readPresenterBounds(this.dataDir);
    this.presenterShowingAtLastStop = await readPresenterShowing(this.dataDir);
    this.api.screen.on('display-added', () => this.onDisplayAdded());
    this.api.screen.on('display-removed', (_event: ElectronEvent, removed: Display) => this.onDisplayRemoved(removed.id));
  }

  /** Whether the presenter window was showing when the app last stopped, however it stopped. */
  presenterWasShowing(): boolean {
    return this.presenterShowingAtLastStop;
  }

  /** Writes where the control window is now (quitting: the write must be on disk before the process ends). */
  async rememberPlaces(): Promise<void> {
    const window = this.control;
    if (!window || window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    this.savedControlBounds = window.getBounds();
    await writeControlBounds(this.dataDir, this.savedControlBounds);
  }

  /** The app is about to exit: windows that close from now on keep what they remember. */
  markStopping(): void {
    this.stopping = true;
  }

  /** Our window with this webContents id, if any. */
  lookup(contentsId: number): OpenWindow | undefined {
    return this.open.get(contentsId);
  }

  /** For the IPC sender check: each of our webContents ids and the page it must be showing. */
  expectedPages(): ReadonlyMap<number, string> {
    return new Map([...this.open].map(([id, entry]) => [id, entry.page]));
  }

  /** The control window, if it is open. */
  controlWindow(): BrowserWindow | null {
    return this.control && !this.control.isDestroyed() ? this.control : null;
  }

  /** The control window's link to the host (menu actions and files opened from outside go through it). */
  controlConnection(): HostConnection | null {
    const control = this.controlWindow();
    return control ? (this.open.get(control.webContents.id)?.connection ?? null) : null;
  }

  /** Sends a push to the control window only (e.g. a menu item asking it to run a command), if it is open. */
  pushToControl(message: PushMessage): void {
    const control = this.controlWindow();
    if (control && !control.webContents.isDestroyed()) control.webContents.send(PUSH_CHANNEL, message);
  }

  /** Opens the control window, or brings it forward if it is open. */
  showControl(): BrowserWindow {
    const existing = this.controlWindow();
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return existing;
    }
    const bounds = checkSavedBounds(this.savedControlBounds, allDisplays(this.api.screen), CONTROL_WINDOW_SIZE) ?? CONTROL_WINDOW_SIZE;
    const window = new this.api.BrowserWindow({
      ...bounds,
      minWidth: 880,
      minHeight: 600,
      show: false,
      title: 'Groundwork',
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences('control', this.paths.preloadFile),
    });
    this.control = window;
    this.stopping = false;
    this.track('control', window);
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
      this.savedControlBounds = window.getBounds();
      void writeControlBounds(this.dataDir, this.savedControlBounds);
    });
    window.on('closed', () => {
      this.control = null;
      this.stopping = true;
      if (this.presenter && !this.presenter.isDestroyed()) this.presenter.close();
    });
    this.load(window, 'control');
    return window;
  }

  /**
   * Opens the presenter window (or brings it forward): full screen on a
   * separate display if there is one, else an ordinary window beside the
   * control window. Keyboard focus stays with the control window.
   */
  openPresenter(): Promise<void> {
    const existing = this.presenter && !this.presenter.isDestroyed() ? this.presenter : null;
    if (existing) {
      existing.showInactive();
      existing.moveTop();
      return Promise.resolve();
    }
    const { screen } = this.api;
    const control = this.controlWindow();
    const displays = allDisplays(screen);
    const controlDisplayId = control ? displayIdOf(screen, control) : screen.getPrimaryDisplay().id;
    const placement = choosePresenterDisplay(displays, controlDisplayId, this.remembered);
    const target = displays.find((display) => display.id === placement?.displayId) ?? toDisplayInfo(screen.getPrimaryDisplay());
    const fullscreen = placement?.fullscreen ?? false;
    const bounds = fullscreen ? target.bounds : this.windowedBounds(displays, target);

    const window = new this.api.BrowserWindow({
      ...bounds,
      resizable: true,
      minWidth: PRESENTER_MIN_SIZE.width,
      minHeight: PRESENTER_MIN_SIZE.height,
      show: false,
      title: 'Groundwork — Presenter',
      backgroundColor: '#000000',
      webPreferences: secureWebPreferences('presenter', this.paths.preloadFile),
    });
    this.presenter = window;
    this.presenterWhere = { displayId: target.id, fullscreen };
    this.track('presenter', window);
    this.keepAwake(true);
    void writePresenterShowing(this.dataDir, true);
    // No menu bar on the projector, not even on Alt (with autoHideMenuBar, Alt would show one in the rehearsal window).
    window.removeMenu();
    window.once('ready-to-show', () => {
      window.showInactive();
      if (fullscreen) this.goFullscreen(window, target);
    });
    const refreshWhere = (): void => {
      if (!window.isDestroyed()) this.presenterWhere = { displayId: displayIdOf(screen, window), fullscreen: isPresenterFullScreen(window) };
    };
    const rememberWindowed = (): void => {
      if (window.isDestroyed() || isPresenterFullScreen(window) || window.isMinimized() || this.presenterWhere?.fullscreen !== false) return;
      const now = window.getBounds();
      if (!isRehearsalWindow(now, allDisplays(screen))) return;
      this.savedPresenterBounds = now;
      void writePresenterBounds(this.dataDir, now);
    };
    window.on('moved', () => {
      refreshWhere();
      rememberWindowed();
    });
    window.on('resized', rememberWindowed);
    window.on('close', rememberWindowed);
    window.on('enter-full-screen', refreshWhere);
    // On Windows this comes while the window is still full screen: what it says is where the window is going.
    window.on('leave-full-screen', () => {
      if (!window.isDestroyed()) this.presenterWhere = { displayId: displayIdOf(screen, window), fullscreen: false };
    });
    window.on('closed', () => {
      this.presenter = null;
      this.presenterWhere = null;
      this.keepAwake(false);
      // Closed by the facilitator: a restart leaves it closed. Closed because the app is stopping: it comes back.
      if (!this.stopping) void writePresenterShowing(this.dataDir, false);
    });
    this.load(window, 'presenter');
    return Promise.resolve();
  }

  /**
   * Swaps the screens of the two windows (the X key, Present ▸ Swap Displays):
   * the presenter full screen where the control window was, the control window
   * on the presenter's old display. That display is remembered as the projector.
   */
  swapDisplays(): Promise<{ swapped: boolean; reason: string | null }> {
    const { screen } = this.api;
    const control = this.controlWindow();
    const presenter = this.presenter && !this.presenter.isDestroyed() ? this.presenter : null;
    const displays = allDisplays(screen);
    const plan = planDisplaySwap({
      displays,
      controlDisplayId: this.controlDisplayId(),
      controlBounds: control?.getBounds() ?? { x: 0, y: 0, width: 0, height: 0 },
      presenterDisplayId: presenter && this.presenterWhere ? this.presenterWhere.displayId : null,
    });
    if (!plan.swapped) return Promise.resolve({ swapped: false, reason: plan.reason });
    if (control && plan.control) {
      const wasMaximized = control.isMaximized();
      if (wasMaximized) control.unmaximize();
      control.setBounds(plan.control.bounds);
      if (wasMaximized) control.maximize();
    }
    const target = displays.find((display) => display.id === plan.presenter.displayId);
    if (presenter && target) this.goFullscreen(presenter, target);
    return Promise.resolve({ swapped: true, reason: null });
  }

  /** Bounds for the presenter as an ordinary window on this display: where it was last left, else beside the control window. */
  private windowedBounds(displays: readonly DisplayInfo[], target: DisplayInfo): WindowBounds {
    const control = this.controlWindow();
    const anchor = control?.getBounds() ?? { ...target.workArea, width: 0, height: 0 };
    return rehearsalBounds(this.savedPresenterBounds, displays, anchor, target);
  }

  /** Starts or stops the one sleep blocker: no screen saver or sleep while presenting. */
  private keepAwake(on: boolean): void {
    const { powerSaveBlocker } = this.api;
    if (on && (this.sleepBlocker === null || !powerSaveBlocker.isStarted(this.sleepBlocker))) {
      this.sleepBlocker = powerSaveBlocker.start('prevent-display-sleep');
    } else if (!on && this.sleepBlocker !== null) {
      powerSaveBlocker.stop(this.sleepBlocker);
      this.sleepBlocker = null;
    }
  }

  private track(role: WindowRole, window: BrowserWindow): void {
    const contents = window.webContents;
    const id = contents.id;
    const push = (delivery: PushDelivery): void => {
      if (!contents.isDestroyed()) contents.send(PUSH_CHANNEL, delivery);
    };
    // A window draws at most once a frame: its pushes go at most that often, several in one message (pushPacing.ts).
    const connection = this.host().connect(role, push, framePacing());
    this.open.set(id, { role, window, page: pageFor(this.paths, role), connection });
    let lastCrashReload = 0;
    contents.on('render-process-gone', (_event, details) => {
      console.error(`Groundwork: the ${role} window's page stopped (${details.reason}).`);
      const now = performance.now();
      if (details.reason !== 'clean-exit' && now - lastCrashReload > CRASH_RELOAD_INTERVAL_MS && !window.isDestroyed()) {
        lastCrashReload = now;
        this.load(window, role);
      }
    });
    window.on('closed', () => {
      connection.disconnect();
      this.open.delete(id);
    });
  }

  private load(window: BrowserWindow, role: WindowRole): void {
    window.loadFile(pageFor(this.paths, role)).catch((error: unknown) => {
      console.error(`Groundwork: could not load the ${role} page (${pageFor(this.paths, role)}). Was the renderer built?`, error);
    });
  }

  private goFullscreen(window: BrowserWindow, display: DisplayInfo): void {
    this.presenterWhere = { displayId: display.id, fullscreen: true };
    showFullscreenOn(window, display);
    const control = this.controlWindow();
    if (control && displayIdOf(this.api.screen, control) !== display.id) {
      this.remembered = { label: display.label, width: display.bounds.width, height: display.bounds.height };
      void writeRememberedDisplay(this.dataDir, display);
    }
  }

  private onDisplayAdded(): void {
    const presenter = this.presenter && !this.presenter.isDestroyed() ? this.presenter : null;
    if (!presenter || !this.presenterWhere) return;
    const displays = allDisplays(this.api.screen);
    this.apply(presenter, displays, afterDisplayAdded(displays, this.controlDisplayId(), this.presenterWhere, this.remembered));
  }

  private onDisplayRemoved(removedId: number): void {
    const presenter = this.presenter && !this.presenter.isDestroyed() ? this.presenter : null;
    if (!presenter || !this.presenterWhere) return;
    const displays = allDisplays(this.api.screen);
    this.apply(presenter, displays, afterDisplayRemoved(displays, removedId, this.controlDisplayId(), this.presenterWhere));
  }

  private apply(presenter: BrowserWindow, displays: readonly DisplayInfo[], move: PresenterMove): void {
    if (move.kind === 'stay') return;
    const display = displays.find((candidate) => candidate.id === move.displayId);
    if (!display) return;
    if (move.kind === 'fullscreen') {
      this.goFullscreen(presenter, display);
    } else {
      this.presenterWhere = { displayId: display.id, fullscreen: false };
      showWindowed(presenter, this.windowedBounds(displays, display));
    }
  }

  private controlDisplayId(): number {
    const control = this.controlWindow();
    return control ? displayIdOf(this.api.screen, control) : this.api.screen.getPrimaryDisplay().id;
  }
}
