// Finds a Chromium for the browser tests, in the order the README documents:
// CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags every launch uses: this machine has no GPU and no network beyond package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightsOwnChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** Returns { path, source } for the first usable Chromium, or null. */
export function findChromium() {
  const candidates = [
    [process.env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
    ['/usr/bin/chromium', 'Debian chromium'],
    [playwrightsOwnChromium(), "Playwright's chromium"],
  ];
  for (const [path, source] of candidates) {
    if (path && isExecutable(path)) return { path, source };
  }
  return null;
}
