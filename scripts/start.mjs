#!/usr/bin/env node
// `npm start`: runs the desktop app. On the first start Electron's binary is not there yet (since Electron 42
// `npm install` no longer fetches it), so this downloads it once through the electron package's own installer,
// then launches it. Where that fails (no route to the download, an old Node.js), it says why in one line and
// runs browser mode (the same host, served on 127.0.0.1), printing the Control: and Presenter: URLs.
// `npm start -- --browser` goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryStatus } from './electron-binary.mjs';
import { shouldForwardSignal } from './forward-signals.mjs';
import { downloadFailedLine, electronSwitches, electronVersion, planStart, runElectronInstaller } from './first-launch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Path of a package's bin script, run with this Node (same as `npx <bin>`, without a shell). */
function binScript(packageName, binName = packageName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = require(manifestPath);
  const relative = typeof bin === 'string' ? bin : bin[binName];
  return path.join(path.dirname(manifestPath), relative);
}

function runStep(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${label} failed${result.status === null ? ` (signal ${result.signal})` : ''}.`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a long-lived child with our stdio, passes Ctrl+C / SIGTERM on to it, and exits as it exits. */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (!shouldForwardSignal(signal, process.platform)) return;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`start: could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
  });
}

function launchDesktop(binary) {
  runStep('building the renderer (vite build)', [binScript('vite'), 'build']);
  runStep('bundling the Electron shell', [path.join(root, 'scripts', 'build-electron.mjs')]);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(binary, [...electronSwitches(process.platform, process.env), root, ...process.argv.slice(2).filter((arg) => arg !== '--browser')], env);
}

function launchBrowserMode() {
  const workspace = path.resolve(process.env.GROUNDWORK_WORKSPACE || path.join(os.homedir(), 'Groundwork'));
  const port = process.env.PORT || '5180';
  mkdirSync(workspace, { recursive: true });
  // `npm start -- --new-links` replaces browser mode's saved link secrets, as `serve --new-links` does.
  const newLinks = process.argv.slice(2).includes('--new-links') ? ['--new-links'] : [];
  runForeground(process.execPath, [binScript('tsx'), path.join('electron', 'cli', 'serve.ts'), '--workspace', workspace, '--port', port, ...newLinks]);
}

const args = process.argv.slice(2);
const status = electronBinaryStatus({ root });
const plan = planStart({ status, args, env: process.env, packageInstalled: electronVersion(root) !== null });

if (plan.action === 'launch' && status.path) {
  launchDesktop(status.path);
} else if (plan.action === 'download') {
  console.error(`First start: downloading Electron ${electronVersion(root) ?? ''} once (about 100 MB; later starts skip this)…`);
  const outcome = await runElectronInstaller(root);
  const after = electronBinaryStatus({ root });
  if (outcome.ok && after.available && after.path) {
    console.error('Electron is installed.');
    launchDesktop(after.path);
  } else {
    console.error(downloadFailedLine(outcome.ok ? after.reason : outcome.output, process.version));
    launchBrowserMode();
  }
} else {
  console.error(
    plan.reason === 'browser mode was asked for' ? 'Starting browser mode, as asked.' : `Electron's binary is not installed here (${plan.reason}); starting browser mode instead.`,
  );
  launchBrowserMode();
}
