// What `npm start` does when the desktop app's Electron binary is missing. Since Electron 42 the `electron`
// package no longer downloads its binary on `npm install`: it does so on first use, through its own
// `install-electron` script (node_modules/electron/install.js), which needs Node.js 22.12 or later.
// These functions decide and word it; start.mjs runs them.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Node.js version Electron 45's installer asks for (node_modules/electron/package.json "engines"). */
export const ELECTRON_INSTALLER_NODE = [22, 12];

/** Whether a Node.js version string ("v20.20.2") is at least major.minor. */
export function nodeAtLeast(version, [major, minor]) {
  const [gotMajor = 0, gotMinor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return gotMajor > major || (gotMajor === major && gotMinor >= minor);
}

/**
 * What to do at start: `launch` the binary, `download` it first, or run `browser` mode, with the reason.
 * @param {{ status: { available: boolean, reason: string }, args: string[], env: Record<string, string | undefined>, packageInstalled: boolean }} input
 * @returns {{ action: 'launch' | 'download' | 'browser', reason: string }}
 */
export function planStart({ status, args, env, packageInstalled }) {
  if (args.includes('--browser') || env.GROUNDWORK_BROWSER_MODE === '1') return { action: 'browser', reason: 'browser mode was asked for' };
  if (status.available) return { action: 'launch', reason: status.reason };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { action: 'browser', reason: status.reason };
  if (!packageInstalled) return { action: 'browser', reason: status.reason };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return { action: 'browser', reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron is not downloaded' };
  return { action: 'download', reason: status.reason };
}

/** The electron package's version, for the download line. */
export function electronVersion(root) {
  const manifest = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) return null;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return typeof version === 'string' ? version : null;
}

/** The one line said when the download failed, with how to try again. */
export function downloadFailedLine(errorText, nodeVersion) {
  const lines = errorText.split('\n').map((line) => line.trim()).filter(Boolean);
  const cause = lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|403|404/i.test(line)) ?? lines[0] ?? 'no reason given';
  const nodeHint = nodeAtLeast(nodeVersion, ELECTRON_INSTALLER_NODE)
    ? ''
    : ` Electron's installer needs Node.js ${ELECTRON_INSTALLER_NODE.join('.')} or later (this is ${nodeVersion}).`;
  return `Could not download Electron (${cause}).${nodeHint} Starting browser mode instead; to try again: npx install-electron, then npm start.`;
}

/**
 * Runs the electron package's own installer with this Node, printing a line every few seconds so a slow
 * download does not look like a hang. Resolves with whether it succeeded and what it printed.
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
export function runElectronInstaller(root, { log = console.error, everyMs = 5000, timeoutMs = 15 * 60_000, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const started = Date.now();
    const collect = (chunk) => (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const progress = setInterval(() => log(`  …still downloading Electron (${Math.round((Date.now() - started) / 1000)} s)`), everyMs);
    const timeout = setTimeout(() => {
      output += `\ntimed out after ${Math.round(timeoutMs / 60_000)} minutes`;
      child.kill();
    }, timeoutMs);
    const finish = (ok) => {
      clearInterval(progress);
      clearTimeout(timeout);
      resolve({ ok, output });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(false);
    });
    child.on('exit', (code) => finish(code === 0));
  });
}

/**
 * Switches for Electron itself. On a Linux Wayland session Electron (38+) runs natively on Wayland, where a window
 * cannot choose its position, so the presenter could not be placed on the projector: run through XWayland instead.
 */
export function electronSwitches(platform, env) {
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  return platform === 'linux' && wayland ? ['--ozone-platform=x11'] : [];
}
