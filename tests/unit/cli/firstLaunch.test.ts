import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailedLine, electronSwitches, nodeAtLeast, planStart, runElectronInstaller } from '../../../scripts/first-launch.mjs';

const missing = { available: false, reason: 'node_modules/electron/path.txt is missing, so the binary was never downloaded' };

describe('npm start on a first launch (Electron 42+ downloads its binary on first use, not on install)', () => {
  it('downloads the binary when the package is there and the binary is not', () => {
    expect(planStart({ status: missing, args: [], env: {}, packageInstalled: true }).action).toBe('download');
  });

  it('launches a binary that is there, and goes to browser mode when asked or when nothing can be downloaded', () => {
    expect(planStart({ status: { available: true, reason: 'found' }, args: [], env: {}, packageInstalled: true }).action).toBe('launch');
    expect(planStart({ status: { available: true, reason: 'found' }, args: ['--browser'], env: {}, packageInstalled: true }).action).toBe('browser');
    expect(planStart({ status: missing, args: [], env: { GROUNDWORK_BROWSER_MODE: '1' }, packageInstalled: true }).action).toBe('browser');
    expect(planStart({ status: missing, args: [], env: {}, packageInstalled: false }).action).toBe('browser');
    expect(planStart({ status: missing, args: [], env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, packageInstalled: true }).action).toBe('browser');
    expect(planStart({ status: { available: false, reason: 'override broken' }, args: [], env: { ELECTRON_OVERRIDE_DIST_PATH: '/x' }, packageInstalled: true })).toEqual({
      action: 'browser',
      reason: 'override broken',
    });
  });

  it('says in one line why the download failed and how to retry, naming an old Node.js', () => {
    const line = downloadFailedLine('TypeError: fetch failed\n    at node:internal/deps/undici', 'v20.20.2');
    expect(line).toBe(
      "Could not download Electron (TypeError: fetch failed). Electron's installer needs Node.js 22.12 or later (this is v20.20.2). Starting browser mode instead; to try again: npx install-electron, then npm start.",
    );
    expect(downloadFailedLine('Error: getaddrinfo ENOTFOUND github.com', 'v22.12.0')).not.toContain('Node.js 22.12');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('compares Node.js versions', () => {
    expect(nodeAtLeast('v22.12.0', [22, 12])).toBe(true);
    expect(nodeAtLeast('v23.0.1', [22, 12])).toBe(true);
    expect(nodeAtLeast('v22.11.9', [22, 12])).toBe(false);
    expect(nodeAtLeast('v20.20.2', [22, 12])).toBe(false);
  });

  it('runs the package\'s installer and reports its outcome and output, with progress lines while it runs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'groundwork-first-launch-'));
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    const installer = join(root, 'node_modules', 'electron', 'install.js');
    writeFileSync(installer, "setTimeout(() => { console.error('Error: fetch failed'); process.exit(1); }, 300);\n");
    const lines: string[] = [];
    // The test runner's NODE_OPTIONS names a preload by a path relative to the project, not to this temp folder.
    const env = { ...process.env, NODE_OPTIONS: '' };
    const failed = await runElectronInstaller(root, { log: (line) => lines.push(line), everyMs: 100, env });
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('fetch failed');
    expect(lines.some((line) => line.includes('still downloading Electron'))).toBe(true);

    writeFileSync(installer, "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'path.txt'), 'electron');\n");
    expect((await runElectronInstaller(root, { log: () => undefined, env })).ok).toBe(true);
  });
});

describe('npm start passes Ctrl+C on to the app', () => {
  it('forwards SIGINT, SIGTERM and SIGHUP on Linux and macOS, nothing on Windows (the console already tells the app; kill() there is TerminateProcess)', async () => {
    const { shouldForwardSignal } = await import('../../../scripts/forward-signals.mjs');
    for (const platform of ['linux', 'darwin'] as const) for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) expect(shouldForwardSignal(signal, platform)).toBe(true);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) expect(shouldForwardSignal(signal, 'win32')).toBe(false);
  });
});

describe('Electron on a Linux Wayland session', () => {
  it('runs through XWayland there (windows can be placed), and nowhere else', () => {
    expect(electronSwitches('linux', { XDG_SESSION_TYPE: 'wayland' })).toEqual(['--ozone-platform=x11']);
    expect(electronSwitches('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual(['--ozone-platform=x11']);
    expect(electronSwitches('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toEqual([]);
    expect(electronSwitches('darwin', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual([]);
  });
});
