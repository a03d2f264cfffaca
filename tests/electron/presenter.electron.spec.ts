import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const binary = electronBinaryStatus({ root: projectRoot });

interface SecurityPrefs {
  url: string;
  /** null when this Electron no longer has the (undocumented) getLastWebPreferences. */
  prefs: Record<string, unknown> | null;
}

/**
 * Reads each window's effective web preferences in the main process (Electron
 * is handed to the callback; the test never imports it). Uses the
 * undocumented webContents.getLastWebPreferences(), which Electron may drop;
 * the behavioural checks below do not depend on it.
 */
async function windowPrefs(app: ElectronApplication): Promise<SecurityPrefs[]> {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      const contents = window.webContents as unknown as { getURL(): string; getLastWebPreferences?: () => Record<string, unknown> | null };
      return { url: contents.getURL(), prefs: contents.getLastWebPreferences?.() ?? null };
    }),
  );
}

function expectPrefs(entry: SecurityPrefs | undefined, expected: Record<string, unknown>): void {
  expect(entry, 'the window exists').toBeDefined();
  if (!entry?.prefs) {
    test.info().annotations.push({ type: 'note', description: 'webContents.getLastWebPreferences() is gone; checked behaviour only.' });
    return;
  }
  expect(entry.prefs).toMatchObject(expected);
}

const SECURE = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false };

test.describe('Groundwork desktop app (Electron)', () => {
  test.skip(!binary.available, `Electron binary not installed: ${binary.reason}`);

  let app: ElectronApplication;
  let control: Page;
  let home: string;

  test.beforeEach(async () => {
    // A throwaway home, so the app's Documents/Groundwork and settings do not touch the real ones.
    home = await mkdtemp(path.join(os.tmpdir(), 'groundwork-electron-'));
    app = await _electron.launch({
      executablePath: binary.path ?? undefined,
      args: [projectRoot, `--user-data-dir=${path.join(home, 'user-data')}`],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DOCUMENTS_DIR: path.join(home, 'Documents') },
    });
    control = await app.firstWindow();
    await control.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app.close();
    await rm(home, { recursive: true, force: true });
  });

  test('the control window opens on the built control page and can reach the host', async () => {
    await expect(control).toHaveTitle(/Groundwork/);
    expect(new URL(control.url()).protocol).toBe('file:');
    expect(control.url()).toContain('/dist/renderer/control.html');
    await expect(control.locator('#root')).not.toBeEmpty();
    const reply = await control.evaluate(async () => {
      const bridge = (window as unknown as { groundwork: { role: string; call: Record<string, (args: object) => Promise<{ ok: boolean }>> } }).groundwork;
      return { role: bridge.role, ok: (await bridge.call['session.snapshot']?.({}))?.ok };
    });
    expect(reply).toEqual({ role: 'control', ok: true });
  });

  test('the control window is isolated, sandboxed and has no Node', async () => {
    expectPrefs((await windowPrefs(app)).find((entry) => entry.url.includes('control.html')), SECURE);
    const pageGlobals = await control.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipc: typeof (window as unknown as { groundwork: { ipcRenderer?: unknown } }).groundwork.ipcRenderer,
    }));
    expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' });
  });

  test('the page cannot navigate away or open new windows', async () => {
    const before = control.url();
    const opened = await control.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    // Proved by the handler's answer, not by a pause: a listener added after the shell's sees the navigation refused.
    await app.evaluate(({ webContents }, url) => {
      const contents = webContents.getAllWebContents().find((each) => each.getURL() === url);
      (globalThis as { navigationRefused?: Promise<boolean> }).navigationRefused = new Promise<boolean>((resolve) => {
        contents?.once('will-navigate', (event) => resolve(event.defaultPrevented));
      });
    }, before);
    await control.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as { navigationRefused?: Promise<boolean> }).navigationRefused)).toBe(true);
    expect(control.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('Present opens a read-only presenter window that keeps running in the background', async () => {
    const presenterPromise = app.waitForEvent('window');
    await control.evaluate(async () => {
      const bridge = (window as unknown as { groundwork: { call: Record<string, (args: object) => Promise<unknown>> } }).groundwork;
      await bridge.call['presenter.open']?.({});
    });
    const presenter = await presenterPromise;
    await presenter.waitForLoadState('domcontentloaded');
    expect(presenter.url()).toContain('/dist/renderer/presenter.html');
    expectPrefs((await windowPrefs(app)).find((entry) => entry.url.includes('presenter.html')), { ...SECURE, backgroundThrottling: false });
    const refused = await presenter.evaluate(async () => {
      const bridge = (window as unknown as { groundwork: { role: string; call: Record<string, (args: object) => Promise<{ ok: boolean; error?: { code: string } }>> } }).groundwork;
      const outcome = await bridge.call['session.close']?.({});
      return { role: bridge.role, ok: outcome?.ok, code: outcome?.error?.code };
    });
    expect(refused).toEqual({ role: 'presenter', ok: false, code: 'forbidden' });
  });

  test('Swap Displays trades the screens of the two windows, or says why it cannot (one screen: a resizable rehearsal window)', async () => {
    const presenterPromise = app.waitForEvent('window');
    await control.evaluate(async () => {
      const bridge = (window as unknown as { groundwork: { call: Record<string, (args: object) => Promise<unknown>> } }).groundwork;
      await bridge.call['presenter.open']?.({});
    });
    await (await presenterPromise).waitForLoadState('domcontentloaded');
    const where = () =>
      app.evaluate(({ BrowserWindow, screen }) =>
        BrowserWindow.getAllWindows().map((window) => ({
          presenter: window.webContents.getURL().includes('presenter.html'),
          display: screen.getDisplayMatching(window.getBounds()).id,
          resizable: window.isResizable(),
          displays: screen.getAllDisplays().length,
        })),
      );
    const before = await where();
    const answer = await control.evaluate(async () => {
      const bridge = (window as unknown as { groundwork: { call: Record<string, (args: object) => Promise<{ ok: boolean; result?: { swapped: boolean; reason: string | null } }>> } }).groundwork;
      return bridge.call['presenter.swapDisplays']?.({});
    });
    const presenterBefore = before.find((entry) => entry.presenter);
    if ((before[0]?.displays ?? 1) < 2) {
      expect(answer).toMatchObject({ ok: true, result: { swapped: false } });
      expect(answer?.result?.reason).toMatch(/only one screen/i);
      expect(presenterBefore?.resizable).toBe(true);
      return;
    }
    expect(answer).toEqual({ ok: true, result: { swapped: true, reason: null } });
    await expect
      .poll(async () => (await where()).find((entry) => entry.presenter)?.display)
      .toBe(before.find((entry) => !entry.presenter)?.display);
  });
});
