import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Display, Screen } from 'electron';
import type { DisplayInfo, RememberedDisplay } from '../../shared/display/chooseDisplay';
import type { WindowBounds } from '../../shared/display/windowBounds';
import { besideControl } from './placement';

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

/** Shows a window full screen on a display, leaving full screen first if it is full screen elsewhere. */
export function showFullscreenOn(window: BrowserWindow, display: DisplayInfo): void {
  const enter = (): void => {
    if (window.isDestroyed()) return;
    window.setBounds(display.bounds);
    window.setFullScreen(true);
  };
  if (window.isFullScreen()) {
    window.once('leave-full-screen', enter);
    window.setFullScreen(false);
  } else {
    enter();
  }
}

/** Shows a window as an ordinary window beside the control window, on the given display. */
export function showBesideControl(window: BrowserWindow, control: BrowserWindow | null, display: DisplayInfo): void {
  const place = (): void => {
    if (window.isDestroyed()) return;
    const anchor = control && !control.isDestroyed() ? control.getBounds() : { ...display.workArea, width: 0, height: 0 };
    window.setBounds(besideControl(anchor, display.workArea));
  };
  if (window.isFullScreen()) {
    window.once('leave-full-screen', place);
    window.setFullScreen(false);
  } else {
    place();
  }
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
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(path.join(dataDir, MEMORY_FILE), `${JSON.stringify(remembered)}\n`, 'utf8');
  } catch (error) {
    console.warn('Groundwork: could not remember the presenter display:', error);
  }
}

const CONTROL_BOUNDS_FILE = 'control-window.json';

/** Reads where the control window was when it was last closed, or null (none saved, or unreadable). */
export async function readControlBounds(dataDir: string): Promise<WindowBounds | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(dataDir, CONTROL_BOUNDS_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { x, y, width, height } = parsed as Record<string, unknown>;
    if (typeof x !== 'number' || typeof y !== 'number' || typeof width !== 'number' || typeof height !== 'number') return null;
    return { x, y, width, height };
  } catch {
    return null;
  }
}

/** Remembers where the control window was, for next time. Failing to write is not worth bothering the user. */
export async function writeControlBounds(dataDir: string, bounds: WindowBounds): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(path.join(dataDir, CONTROL_BOUNDS_FILE), `${JSON.stringify(bounds)}\n`, 'utf8');
  } catch (error) {
    console.warn('Groundwork: could not remember where the control window was:', error);
  }
}
