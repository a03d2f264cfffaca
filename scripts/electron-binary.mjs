// Tells whether an Electron binary is usable here, WITHOUT require('electron'):
// in Electron 45 that require downloads the binary when it is missing, which
// cannot work on a machine without access to GitHub releases.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The executable inside an Electron dist folder, per platform (what path.txt normally says). */
function defaultExecutable(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function checkExecutable(file) {
  if (!existsSync(file)) return `${file} does not exist`;
  if (!statSync(file).isFile()) return `${file} is not a file`;
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return `${file} is not executable`;
  }
  return null;
}

/**
 * Whether an Electron binary can be launched, where it is, and if not, why.
 * Honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does; else
 * reads node_modules/electron/path.txt and looks for that file under
 * node_modules/electron/dist.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {{ available: boolean, path: string | null, reason: string }}
 */
export function electronBinaryStatus(options = {}) {
  const root = options.root ?? projectRoot;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const named = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(override, named || defaultExecutable(platform));
    const problem = checkExecutable(file);
    return problem
      ? { available: false, path: file, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${problem}` }
      : { available: true, path: file, reason: 'found through ELECTRON_OVERRIDE_DIST_PATH' };
  }
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { available: false, path: null, reason: 'the electron package is not installed (node_modules/electron is missing)' };
  }
  if (!named) {
    return { available: false, path: null, reason: "node_modules/electron/path.txt is missing, so the binary was never downloaded" };
  }
  const file = path.join(packageDir, 'dist', named);
  const problem = checkExecutable(file);
  return problem ? { available: false, path: file, reason: problem } : { available: true, path: file, reason: 'found in node_modules/electron/dist' };
}

// `node scripts/electron-binary.mjs` prints the status and exits 0 when a binary is usable.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const status = electronBinaryStatus();
  console.log(status.available ? `Electron binary: ${status.path}` : `Electron binary not installed: ${status.reason}`);
  process.exit(status.available ? 0 : 1);
}
