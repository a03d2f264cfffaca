import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPaths } from '../../../electron/host/paths/browserPaths';
import { desktopPaths } from '../../../electron/host/paths/desktopPaths';
import { createRecentList } from '../../../electron/host/recentList';

const places = { workspaceDir: path.resolve('/ws'), dataDir: path.resolve('/data'), recoveryDir: path.resolve('/data/recovery') };

async function hostSources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('one path policy, chosen once', () => {
  it('no host file but createHost looks at the mode', async () => {
    const folder = path.resolve('electron/host');
    const readers: string[] = [];
    for (const file of await hostSources(folder)) {
      const text = await readFile(file, 'utf8');
      if (/\.mode\b/.test(text)) readers.push(path.relative(folder, file).split(path.sep).join('/'));
    }
    expect(readers).toEqual(['createHost.ts']);
  });

  it('a browser window sees workspace paths, and a copy elsewhere by its place in the recovery folder', () => {
    const browser = browserPaths(places);
    expect(browser.windowPath(path.join(places.workspaceDir, 'a', 'Retro.groundwork'))).toBe('a/Retro.groundwork');
    expect(browser.windowPath(path.resolve('/elsewhere/Retro.groundwork'))).toBeNull();
    expect(browser.shown(path.resolve('/elsewhere/Retro.groundwork'))).toBe(path.resolve('/elsewhere/Retro.groundwork'));
    expect(browser.offerPath(path.join(places.recoveryDir, 'Retro-1234.groundwork'))).toBe('recovery/Retro-1234.groundwork');
    expect(browser.mayOffer(path.resolve('/elsewhere/Retro.groundwork'))).toBe(false);
    expect(browser.mayOffer(path.join(places.recoveryDir, 'x.groundwork'))).toBe(true);
    expect(browser.nativeDialogs).toBe(false);
    expect(browser.reportDialog).toBeNull();
    expect(browser.reportPrinter).toBeNull();
  });

  it('the desktop shows absolute paths and offers every session left open', () => {
    const desktop = desktopPaths(places, { dialogs: undefined, systemOpened: new Set(), recent: createRecentList(places.dataDir) });
    const elsewhere = path.resolve('/elsewhere/Retro.groundwork');
    expect(desktop.windowPath(elsewhere)).toBe(elsewhere);
    expect(desktop.offerPath(elsewhere)).toBe(elsewhere);
    expect(desktop.mayOffer(elsewhere)).toBe(true);
    // Without the shell's dialogs, windows use the in-app ones; without its printer, there is no PDF.
    expect(desktop.nativeDialogs).toBe(false);
    expect(desktop.reportPrinter).toBeNull();
    const printer = { printToPdf: () => Promise.resolve(new Uint8Array()) };
    expect(desktopPaths(places, { dialogs: undefined, systemOpened: new Set(), recent: createRecentList(places.dataDir), printer }).reportPrinter).toBe(printer);
  });
});
