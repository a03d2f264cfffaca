import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Display, Screen } from 'electron';
import type { DisplayInfo, RememberedDisplay } from '../../shared/display/chooseDisplay';
import type { WindowBounds } from '../../shared/display/windowBounds';

/** Describes an Electron display to the pure placement logic. */
export function toDisplayInfo(display: Display): DisplayInfo {
  return {
    id: display.id,
    label: display.label,
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    internal: display.internal,
  };
}

/** Every connected display, described for the placement logic. */
export function allDisplays(screen: Screen): DisplayInfo[] {
  return screen.getAllDisplays().map(toDisplayInfo);
}

/** The id of the display a window is (mostly) on. */
export function displayIdOf(screen: Screen, window: BrowserWindow): number {
  return screen.getDisplayMatching(window.getBounds()).id;
}

/**
 * The presenter's kind of full screen. On macOS it is "simple" full screen: native full screen moves the window to a
 * Space of its own and, with "Displays have separate Spaces" off, blanks the control window's display too. Elsewhere
 * it is the ordinary full screen.
 */
export function isPresenterFullScreen(window: BrowserWindow, platform: NodeJS.Platform = process.platform): boolean {
  return window.isFullScreen() || (platform === 'darwin' && window.isSimpleFullScreen());
}

function setPresenterFullScreen(window: BrowserWindow, on: boolean, platform: NodeJS.Platform): void {
  if (platform === 'darwin') window.setSimpleFullScreen(on);
  else window.setFullScreen(on);
}

/** How long to wait for a window to leave full screen before placing it anyway (a window that never says so). */
const LEAVE_FULL_SCREEN_LIMIT_MS = 2000;

/**
 * Takes a window out of full screen, then runs `then` once it really is out. On Windows `leave-full-screen` fires
 * before the window has left (it is still full screen when the event comes), so the window is also watched on
 * `resize`, and `then` runs at the first moment it is no longer full screen.
 */
function leaveFullScreen(window: BrowserWindow, platform: NodeJS.Platform, then: () => void): void {
  if (platform === 'darwin' && window.isSimpleFullScreen()) {
    window.setSimpleFullScreen(false);
    if (!window.isFullScreen()) return then();
  }
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    window.off('leave-full-screen', check);
    window.off('resize', check);
    clearTimeout(limit);
    if (!window.isDestroyed()) then();
  };
  const check = (): void => {
    if (window.isDestroyed() || !window.isFullScreen()) finish();
  };
  const limit = setTimeout(finish, LEAVE_FULL_SCREEN_LIMIT_MS);
  window.on('leave-full-screen', check);
  window.on('resize', check);
  window.setFullScreen(false);
}

/** Shows a window full screen on a display, leaving full screen first if it is full screen elsewhere. */
export function showFullscreenOn(window: BrowserWindow, display: DisplayInfo, platform: NodeJS.Platform = process.platform): void {
  const enter = (): void => {
    if (window.isDestroyed()) return;
    window.setBounds(display.bounds);
    setPresenterFullScreen(window, true, platform);
  };
  if (isPresenterFullScreen(window, platform)) leaveFullScreen(window, platform, enter);
  else enter();
}

/** Shows a window as an ordinary window with these bounds, leaving full screen first if needed. */
export function showWindowed(window: BrowserWindow, bounds: WindowBounds, platform: NodeJS.Platform = process.platform): void {
  const place = (): void => {
    if (window.isDestroyed()) return;
    window.setBounds(bounds);
  };
  if (isPresenterFullScreen(window, platform)) leaveFullScreen(window, platform, place);
  else place();
}

/** The latest write of each small memory file, so writes of one file happen one after the other. */
const writesInFlight = new Map<string, Promise<void>>();

/**
 * Writes a small file of the data folder whole: to a temporary file, then renamed over the old one, after any
 * earlier write of the same file. Two quick writes (open, then swap) never leave a mix of both on disk.
 */
export function writeMemoryFile(dataDir: string, fileName: string, text: string): Promise<void> {
  const target = path.join(dataDir, fileName);
  const write = async (): Promise<void> => {
    await fs.mkdir(dataDir, { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await fs.writeFile(temporary, text, 'utf8');
    await fs.rename(temporary, target);
  };
  const next = (writesInFlight.get(target) ?? Promise.resolve()).then(write, write);
  writesInFlight.set(target, next);
  void next.finally(() => {
    if (writesInFlight.get(target) === next) writesInFlight.delete(target);
  }).catch(() => undefined);
  return next;
}

const MEMORY_FILE = 'presenter-display.json';

/** Reads the projector the presenter was last shown on, or null if none is remembered (or the file is unreadable). */
export async function readRememberedDisplay(dataDir: string): Promise<RememberedDisplay | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(dataDir, MEMORY_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { label, width, height } = parsed as Record<string, unknown>;
    if (typeof label !== 'string' || typeof width !== 'number' || typeof height !== 'number') return null;
    return { label, width, height };
  } catch {
    return null;
  }
}

/** Remembers the projector the presenter went full screen on, for next time. Failing to write is not worth bothering the user. */
export async function writeRememberedDisplay(dataDir: string, display: DisplayInfo): Promise<void> {
  const remembered: RememberedDisplay = { label: display.label, width: display.bounds.width, height: display.bounds.height };
  try {
    await writeMemoryFile(dataDir, MEMORY_FILE, `${JSON.stringify(remembered)}\n`);
  } catch (error) {
    console.warn('Groundwork: could not remember the presenter display:', error);
  }
}

const CONTROL_BOUNDS_FILE = 'control-window.json';
const PRESENTER_BOUNDS_FILE = 'presenter-window.json';

/** Reads window bounds saved in a file of the data folder, or null (none saved, unreadable, or not four numbers). */
async function readBoundsFile(dataDir: string, fileName: string): Promise<WindowBounds | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(dataDir, fileName), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { x, y, width, height } = parsed as Record<string, unknown>;
    if (typeof x !== 'number' || typeof y !== 'number' || typeof width !== 'number' || typeof height !== 'number') return null;
    return { x, y, width, height };
  } catch {
    return null;
  }
}

/** Writes window bounds to a file of the data folder. Failing to write is not worth bothering the user. */
async function writeBoundsFile(dataDir: string, fileName: string, bounds: WindowBounds, what: string): Promise<void> {
  try {
    const { x, y, width, height } = bounds;
    await writeMemoryFile(dataDir, fileName, `${JSON.stringify({ x, y, width, height })}\n`);
  } catch (error) {
    console.warn(`Groundwork: could not remember where the ${what} was:`, error);
  }
}

/** Reads where the control window was when it was last closed, or null (none saved, or unreadable). */
export function readControlBounds(dataDir: string): Promise<WindowBounds | null> {
  return readBoundsFile(dataDir, CONTROL_BOUNDS_FILE);
}

/** Remembers where the control window was, for next time. */
export function writeControlBounds(dataDir: string, bounds: WindowBounds): Promise<void> {
  return writeBoundsFile(dataDir, CONTROL_BOUNDS_FILE, bounds, 'control window');
}

/** Reads where the presenter was last left as an ordinary window (one-screen rehearsal), or null. */
export function readPresenterBounds(dataDir: string): Promise<WindowBounds | null> {
  return readBoundsFile(dataDir, PRESENTER_BOUNDS_FILE);
}

/** Remembers where the presenter is as an ordinary window, for the next rehearsal. */
export function writePresenterBounds(dataDir: string, bounds: WindowBounds): Promise<void> {
  return writeBoundsFile(dataDir, PRESENTER_BOUNDS_FILE, bounds, 'presenter window');
}
