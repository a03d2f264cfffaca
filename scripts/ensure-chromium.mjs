// Makes sure a Chromium exists for the browser tests, installing one when needed:
// Playwright's download where the network allows it, else Debian's package through apt when running as root.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 });
  return result.status === 0;
}

/** Returns the path of a usable Chromium, installing one if there is none; exits with one line if that fails. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found; trying to install one for the browser tests…');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const afterDownload = findChromium();
    if (afterDownload) return afterDownload;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'])) {
    const afterApt = findChromium();
    if (afterApt) return afterApt;
  }
  console.error('No Chromium for the browser tests: install one (sudo apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { path, source } = ensureChromium();
  console.log(`Chromium: ${path} (${source})`);
}
