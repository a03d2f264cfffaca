import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { VERB_NAMES } from '../../shared/protocol/verbs';
import { allNotes } from '../../shared/session/noteTable';
import type { NoteTable } from '../../shared/session/noteTable';
import { writeSessionFile } from '../e2e/support/sessionFiles';
import { createFakeElectron, FakeBrowserWindow } from './fakeElectron';
import type { FakeDisplay } from './fakeElectron';
import { NODE_BUNDLE } from '../../scripts/esbuild-node.mjs';

// The real electron/main.ts, with the real host, run in plain Node against a
// stand-in Electron: checks the wiring a facilitator relies on (windows,
// roles, pushes, the projector, saving before quitting) without the binary.

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const laptop: FakeDisplay = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: FakeDisplay = { id: 2, label: 'Projector', bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };

type Outcome = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

let bundle = '';
let home = '';
let running: { quit(): void; exits: number[] } | null = null;

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(projectRoot, 'electron', 'main.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    ...NODE_BUNDLE,
    target: 'node20',
    external: ['electron'],
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
});

test.beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'groundwork-main-'));
});

test.afterEach(async () => {
  // Quit the way the app does (flushing the host) before removing its folders.
  if (running && running.exits.length === 0) {
    const { exits } = running;
    running.quit();
    await expect.poll(() => exits.length).toBeGreaterThan(0);
  }
  running = null;
  for (const window of FakeBrowserWindow.getAllWindows()) window.destroyed = true;
  FakeBrowserWindow.all.length = 0;
  await rm(home, { recursive: true, force: true });
});

async function startMain(displays: FakeDisplay[]) {
  const fake = createFakeElectron(projectRoot, { documents: path.join(home, 'Documents'), userData: path.join(home, 'user-data') }, displays);
  running = { quit: () => fake.app.quit(), exits: fake.exits };
  const realRequire = createRequire(path.join(projectRoot, 'dist-electron', 'main.cjs'));
  const fakeProcess = Object.create(process, { argv: { value: ['electron', projectRoot] }, on: { value: () => undefined } }) as NodeJS.Process;
  const module = { exports: {} };
  const run = vm.runInThisContext(`(function (require, module, exports, __filename, __dirname, process) {${bundle}\n})`) as (...args: unknown[]) => void;
  const requireForMain = (name: string): unknown => (name === 'electron' ? fake.electron : (realRequire(name) as unknown));
  run(requireForMain, module, module.exports, 'main.cjs', path.join(projectRoot, 'dist-electron'), fakeProcess);
  // The control window opens first; a presenter reopened after a restart may follow it.
  await expect.poll(() => FakeBrowserWindow.getAllWindows().length).toBeGreaterThanOrEqual(1);
  const control = FakeBrowserWindow.getAllWindows()[0] as FakeBrowserWindow;
  const call = (window: FakeBrowserWindow, verb: string, args: unknown = {}) => fake.invoke(window, verb, args) as Promise<Outcome>;
  return { ...fake, control, call };
}

test('starting the app opens a locked-down control window on the control page, with every verb on IPC', async () => {
  const { control, handlers } = await startMain([laptop]);
  expect(control.loaded).toEqual([path.join(projectRoot, 'dist', 'renderer', 'control.html')]);
  expect(control.options.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: path.join(projectRoot, 'dist-electron', 'preload.cjs'),
  });
  expect([...handlers.keys()].sort()).toEqual(VERB_NAMES.map((verb) => `groundwork:${verb}`).sort());
  await expect.poll(() => control.visible).toBe(true);
});

test('the control window runs the session and both windows hear about it', async () => {
  const { control, call } = await startMain([laptop, projector]);
  const created = await call(control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team North', date: '2026-12-01' });
  expect(created.ok).toBe(true);
  const opened = await call(control, 'presenter.open');
  expect(opened).toEqual({ ok: true, result: { opened: true, url: null } });
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  expect(presenter.loaded).toEqual([path.join(projectRoot, 'dist', 'renderer', 'presenter.html')]);
  expect(presenter.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, backgroundThrottling: false, additionalArguments: ['--groundwork-role=presenter'] });

  // The projector's window is answered with the room's view only (the title screen here), never the session.
  const snapshot = await call(presenter, 'session.snapshot');
  expect(snapshot.ok && (snapshot.result as { view: { screen: string; group: string } }).view).toMatchObject({ screen: 'title', group: 'Team North' });
  expect(snapshot.ok && 'session' in (snapshot.result as object)).toBe(false);
  const refused = await call(presenter, 'session.dispatch', { type: 'presenter.setBlackout', blackout: true });
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const dispatched = await call(control, 'session.dispatch', { type: 'presenter.setBlackout', blackout: true });
  expect(dispatched.ok).toBe(true);
  const pushed = (window: FakeBrowserWindow, kind: string) =>
    window.webContents.sent.some((sent) => sent.channel === 'groundwork:push' && (sent.message as { kind: string }).kind === kind);
  expect(pushed(control, 'event')).toBe(true);
  expect(pushed(presenter, 'view') || pushed(presenter, 'viewPatch'), 'the projector hears of the black screen through its view').toBe(true);
  expect(pushed(presenter, 'event')).toBe(false);
});

test('the presenter goes full screen on the projector, and comes back as a window when the projector is unplugged', async () => {
  const displays = [laptop, projector];
  const { control, call, screen } = await startMain(displays);
  control.setBounds({ x: 40, y: 60, width: 1000, height: 700 });
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  await expect.poll(() => presenter.fullscreen).toBe(true);
  expect(presenter.bounds).toEqual(projector.bounds);
  expect(presenter.menuRemoved, 'no menu bar on the projector, not even on Alt').toBe(true);

  displays.splice(1, 1);
  screen.emit('display-removed', {}, projector);
  // The window leaves full screen a moment after it says so (Windows' order, which the stand-in follows).
  await expect.poll(() => presenter.fullscreen === false && onLaptop(presenter.bounds)).toBe(true);

  displays.push(projector);
  screen.emit('display-added', {}, projector);
  expect(presenter.fullscreen).toBe(true);
  expect(presenter.bounds).toEqual(projector.bounds);
});

test('while the presenter is open the machine is kept from sleeping, and only then', async () => {
  const { control, call, sleepBlockers } = await startMain([laptop, projector]);
  expect([...sleepBlockers.values()]).toEqual([]);
  await call(control, 'presenter.open');
  await call(control, 'presenter.open');
  expect([...sleepBlockers.values()], 'one blocker, however often Present is pressed').toEqual(['prevent-display-sleep']);
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  presenter.close();
  expect([...sleepBlockers.values()]).toEqual([]);
});

test('the control window reopens where it was, unless that place is off every connected screen', async () => {
  const boundsFile = path.join(home, 'user-data', 'control-window.json');
  mkdirSync(path.dirname(boundsFile), { recursive: true });
  // Last closed on a projector that is no longer plugged in.
  writeFileSync(boundsFile, JSON.stringify({ x: 1600, y: 100, width: 1200, height: 760 }));
  const first = await startMain([laptop]);
  const { x, y, width, height } = first.control.bounds;
  expect(x >= laptop.workArea.x && y >= laptop.workArea.y && x + width <= laptop.workArea.width && y + height <= laptop.workArea.y + laptop.workArea.height).toBe(true);

  first.control.setBounds({ x: 120, y: 90, width: 1100, height: 700 });
  first.control.close();
  await expect.poll((): unknown => (existsSync(boundsFile) ? (JSON.parse(readFileSync(boundsFile, 'utf8')) as unknown) : null)).toEqual({ x: 120, y: 90, width: 1100, height: 700 });
});

function onLaptop(bounds: { x: number; y: number; width: number; height: number }): boolean {
  const area = laptop.workArea;
  return bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
}

test('X swaps the screens: the presenter goes full screen on the laptop, the control window to the projector, and back', async () => {
  const { control, call } = await startMain([laptop, projector]);
  control.setBounds({ x: 40, y: 60, width: 1000, height: 700 });
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  await expect.poll(() => presenter.bounds).toEqual(projector.bounds);

  expect(await call(control, 'presenter.swapDisplays')).toEqual({ ok: true, result: { swapped: true, reason: null } });
  // Leaving full screen on the projector ends before it enters full screen on the laptop, even when the event comes early.
  await expect.poll(() => presenter.fullscreen && JSON.stringify(presenter.bounds) === JSON.stringify(laptop.bounds)).toBe(true);
  expect(control.bounds).toEqual({ x: 1480, y: 35, width: 1000, height: 700 });
  const memory = path.join(home, 'user-data', 'presenter-display.json');
  await expect.poll((): unknown => (existsSync(memory) ? (JSON.parse(readFileSync(memory, 'utf8')) as unknown) : null), 'the laptop is now the remembered projector').toEqual({
    label: laptop.label,
    width: laptop.bounds.width,
    height: laptop.bounds.height,
  });

  expect(await call(control, 'presenter.swapDisplays')).toEqual({ ok: true, result: { swapped: true, reason: null } });
  await expect.poll(() => presenter.fullscreen && JSON.stringify(presenter.bounds) === JSON.stringify(projector.bounds)).toBe(true);
  expect(control.bounds).toEqual({ x: 40, y: 60, width: 1000, height: 700 });

  expect(await call(presenter, 'presenter.swapDisplays')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('with one screen, X moves nothing and says why', async () => {
  const { control, call } = await startMain([laptop]);
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  const before = { control: control.getBounds(), presenter: presenter.getBounds() };
  const answer = await call(control, 'presenter.swapDisplays');
  expect(answer).toMatchObject({ ok: true, result: { swapped: false, reason: expect.stringMatching(/only one screen/i) as unknown } });
  expect({ control: control.getBounds(), presenter: presenter.getBounds() }).toEqual(before);
});

test('one-screen rehearsal: the presenter is a resizable window that reopens where it was left', async () => {
  const first = await startMain([laptop]);
  first.control.setBounds({ x: 20, y: 40, width: 900, height: 700 });
  await first.call(first.control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  expect(presenter.fullscreen).toBe(false);
  expect(presenter.options).toMatchObject({ resizable: true, minWidth: 480, minHeight: 270 });
  expect(onLaptop(presenter.bounds)).toBe(true);

  presenter.setBounds({ x: 400, y: 300, width: 800, height: 450 });
  presenter.emit('resized');
  presenter.close();
  const file = path.join(home, 'user-data', 'presenter-window.json');
  await expect.poll((): unknown => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : null)).toEqual({ x: 400, y: 300, width: 800, height: 450 });

  await first.call(first.control, 'presenter.open');
  const again = FakeBrowserWindow.getAllWindows().at(-1) as FakeBrowserWindow;
  expect(again).not.toBe(presenter);
  expect(again.bounds).toEqual({ x: 400, y: 300, width: 800, height: 450 });
});

test('a rehearsal place that is off every screen is not reused', async () => {
  const file = path.join(home, 'user-data', 'presenter-window.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ x: 5000, y: 4000, width: 800, height: 450 }));
  const { control, call } = await startMain([laptop]);
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  expect(onLaptop(presenter.bounds)).toBe(true);
});

type MenuItem = { id?: string; label?: string; click?: () => void; submenu?: MenuItem[] };

function menuItem(template: MenuItem[], label: string): MenuItem | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = item.submenu ? menuItem(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

test('Message to the Room… and Keyboard Shortcuts in the menu ask the control window, and only it', async () => {
  const { control, call, menus } = await startMain([laptop, projector]);
  await call(control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team East', date: '2026-12-03' });
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  const template = menus.at(-1) as MenuItem[];
  menuItem(template, 'Message to the Room…')?.click?.();
  menuItem(template, 'Keyboard Shortcuts')?.click?.();
  const commands = (window: FakeBrowserWindow) =>
    window.webContents.sent.filter((sent) => sent.channel === 'groundwork:push' && (sent.message as { kind: string }).kind === 'command').map((sent) => sent.message);
  // The menu first asks the host whether a session is open (the command table's rule), then asks the window.
  await expect
    .poll(() => commands(control))
    .toEqual([
      { kind: 'command', id: 'message' },
      { kind: 'command', id: 'legend' },
    ]);
  expect(commands(presenter)).toEqual([]);
});

/** Runs `record` at the moment the (fake) app exits, whether by app.quit() or app.exit(). */
function recordOnExit(exits: number[], record: () => void): void {
  const push = exits.push.bind(exits);
  exits.push = (...codes: number[]) => {
    record();
    return push(...codes);
  };
}

function savedSessions(): string[] {
  const dir = path.join(home, 'user-data');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.groundwork'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
}

test('quitting waits until the latest change is on disk before the app exits', async () => {
  const { control, call, app, exits } = await startMain([laptop]);
  await call(control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team South', date: '2026-12-02' });
  let onDiskAtExit: string[] = [];
  recordOnExit(exits, () => (onDiskAtExit = savedSessions()));
  // The change is accepted; its save may still be in flight when the facilitator quits.
  expect((await call(control, 'session.dispatch', { type: 'presenter.setBlackout', blackout: true })).ok).toBe(true);
  app.quit();
  expect(exits.length).toBe(0);
  await expect.poll(() => [...exits]).toEqual([0]);
  expect(onDiskAtExit).toHaveLength(1);
  expect(onDiskAtExit[0]).toMatch(/"screen":\s*"black"/);
});

type SessionLike = { meta: { group: string }; currentActivityId: string; notes: NoteTable };

/** The session a window sees, read through its own IPC. */
async function sessionSeenBy(call: (window: FakeBrowserWindow, verb: string, args?: unknown) => Promise<Outcome>, window: FakeBrowserWindow): Promise<SessionLike | null> {
  const outcome = await call(window, 'session.snapshot');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return (outcome.result as { session: SessionLike | null }).session;
}

/** Quits the running app the way the menu does and forgets its (fake) windows, as a new process would. */
async function quitApp(app: { quit(): void }, exits: number[]): Promise<void> {
  app.quit();
  await expect.poll(() => exits).toEqual([0]);
  for (const window of FakeBrowserWindow.getAllWindows()) window.destroyed = true;
  FakeBrowserWindow.all.length = 0;
  running = null;
}

// Issue 10, point 9: quitting the desktop app with a session open is not closing it.
test('quitting with a session open keeps it open: the next start reopens it where it was, on both windows', async () => {
  const first = await startMain([laptop, projector]);
  await first.call(first.control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team West', date: '2026-12-03' });
  await first.call(first.control, 'session.dispatch', { type: 'activity.next' });
  const activityId = (await sessionSeenBy(first.call, first.control))?.currentActivityId ?? '';
  await first.call(first.control, 'session.dispatch', { type: 'note.capture', activityId, text: 'Said before quitting' });
  await first.call(first.control, 'presenter.open');
  expect(FakeBrowserWindow.getAllWindows()).toHaveLength(2);
  await quitApp(first.app, first.exits);
  const marker = JSON.parse(readFileSync(path.join(home, 'user-data', 'open-sessions.json'), 'utf8')) as { sessions: { id: string }[]; current?: string };
  expect(marker.sessions, 'the session is still listed as open').toHaveLength(1);
  expect(marker.current).toBe(marker.sessions[0]?.id);

  const second = await startMain([laptop, projector]);
  const back = await sessionSeenBy(second.call, second.control);
  expect(back?.meta.group).toBe('Team West');
  expect(back?.currentActivityId).toBe(activityId);
  expect(back ? allNotes(back.notes).map((note) => note.text) : null).toEqual(['Said before quitting']);
  // The projector was showing it when the app quit, so it shows it again without the facilitator doing anything.
  await expect.poll(() => FakeBrowserWindow.getAllWindows().length).toBe(2);
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  expect(presenter.loaded).toEqual([path.join(projectRoot, 'dist', 'renderer', 'presenter.html')]);
  expect(presenter.isFullScreen()).toBe(true);
  const shown = await second.call(presenter, 'session.snapshot');
  expect(shown.ok && (shown.result as { view: { stage?: { currentActivityId: string } } }).view.stage?.currentActivityId).toBe(activityId);
});

test('closing the control window quits too, and the next start brings back the session and the presenter', async () => {
  const first = await startMain([laptop, projector]);
  await first.call(first.control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team East', date: '2026-12-03' });
  await first.call(first.control, 'presenter.open');
  first.control.close(); // closes the presenter with it; the last window closing quits the app
  expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);
  await quitApp(first.app, first.exits);

  const second = await startMain([laptop, projector]);
  expect((await sessionSeenBy(second.call, second.control))?.meta.group).toBe('Team East');
  await expect.poll(() => FakeBrowserWindow.getAllWindows().length).toBe(2);
});

test('a session ended before quitting stays closed, and the presenter is not reopened for it', async () => {
  const first = await startMain([laptop, projector]);
  await first.call(first.control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team Done', date: '2026-12-03' });
  await first.call(first.control, 'presenter.open');
  await first.call(first.control, 'session.close');
  await quitApp(first.app, first.exits);

  const second = await startMain([laptop, projector]);
  expect(await sessionSeenBy(second.call, second.control)).toBeNull();
  expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
});

test('a second quit while the save runs (Cmd+Q twice, Ctrl+C twice) is held back too: the app exits once, with the change on disk', async () => {
  const { control, call, app, exits } = await startMain([laptop]);
  await call(control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team North', date: '2026-12-03' });
  let onDiskAtExit: string[] = [];
  recordOnExit(exits, () => (onDiskAtExit = savedSessions()));
  expect((await call(control, 'session.dispatch', { type: 'presenter.setScreen', screen: 'white' })).ok).toBe(true);
  app.quit();
  app.quit();
  app.quit();
  expect(exits.length, 'nothing may exit while the save is running').toBe(0);
  await expect.poll(() => [...exits]).toEqual([0]);
  expect(onDiskAtExit.some((file) => /"screen":\s*"white"/.test(file))).toBe(true);
});

test('quitting closes the windows normally and remembers where the control window was', async () => {
  const { control, app, exits } = await startMain([laptop]);
  control.setBounds({ x: 120, y: 90, width: 1100, height: 700 });
  app.quit();
  await expect.poll(() => exits).toEqual([0]);
  const remembered = JSON.parse(readFileSync(path.join(home, 'user-data', 'control-window.json'), 'utf8')) as { bounds?: unknown };
  expect(JSON.stringify(remembered)).toContain('"x":120');
  expect(JSON.stringify(remembered)).toContain('"width":1100');
});

test('the machine shutting down (powerMonitor shutdown) saves before it lets go', async () => {
  const { control, call, powerMonitor, exits } = await startMain([laptop]);
  await call(control, 'session.create', { workshopId: 'management-and-leadership', group: 'Team East', date: '2026-12-03' });
  expect((await call(control, 'session.dispatch', { type: 'presenter.setScreen', screen: 'black' })).ok).toBe(true);
  let held = false;
  powerMonitor.emit('shutdown', { preventDefault: () => (held = true) });
  expect(held).toBe(true);
  await expect.poll(() => exits).toEqual([0]);
  expect(savedSessions().some((file) => /"screen":\s*"black"/.test(file))).toBe(true);
});

test('the presenter window tells the control window its size, and closing it takes the size away', async () => {
  const { control, call } = await startMain([laptop, projector]);
  await call(control, 'presenter.open');
  const presenter = FakeBrowserWindow.getAllWindows()[1] as FakeBrowserWindow;
  const lastStatus = () =>
    control.webContents.sent
      .map(({ message }) => message as { kind?: string; status?: { projector?: unknown } })
      .filter((message) => message.kind === 'status')
      .at(-1)?.status;
  expect(await call(control, 'presenter.reportScreen', { width: 1920, height: 1080 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await call(presenter, 'presenter.reportScreen', { width: 1024, height: 768 })).toEqual({ ok: true, result: {} });
  expect(lastStatus()?.projector).toEqual({ width: 1024, height: 768 });
  presenter.close();
  await expect.poll(() => lastStatus() !== undefined && !('projector' in (lastStatus() ?? {}))).toBe(true);
});

test('a session file opened from Finder or the command line opens, even when it was never opened before and no window is open', async () => {
  const { control, call, app } = await startMain([laptop]);
  const folder = path.join(home, 'Elsewhere');
  mkdirSync(folder, { recursive: true });
  const file = writeSessionFile(folder, 'From Finder.groundwork', (session) => {
    session.meta.group = 'Opened from Finder';
  });
  // macOS keeps the app running with no window.
  control.close();
  expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);
  app.emit('open-file', { preventDefault: () => undefined }, file);
  await expect.poll(() => FakeBrowserWindow.getAllWindows().length).toBe(1);
  const shown = FakeBrowserWindow.getAllWindows()[0] as FakeBrowserWindow;
  await expect.poll(async () => (await sessionSeenBy(call, shown))?.meta.group).toBe('Opened from Finder');
});
