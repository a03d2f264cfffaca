import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_SECRETS_FILE, loadBrowserSecrets } from '../../../electron/server/browserSecrets';
import { startBrowserServer } from '../../../electron/server/browserServer';
import { makeTempDir } from '../helpers/tempDir';

const HEX_64 = /^[0-9a-f]{64}$/;
const posixOnly = process.platform === 'win32' ? it.skip : it;

let dir: string;
let cleanup: () => Promise<void>;
let logged: string[];
const log = (line: string): void => {
  logged.push(line);
};

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  logged = [];
});

afterEach(async () => {
  await cleanup();
});

function secretsFile(dataDir = dir): string {
  return path.join(dataDir, BROWSER_SECRETS_FILE);
}

async function savedSecrets(dataDir = dir): Promise<unknown> {
  return JSON.parse(await readFile(secretsFile(dataDir), 'utf8')) as unknown;
}

describe('browser-mode secrets', () => {
  posixOnly('are made on first use: 32 random bytes each, written only the owner can read', async () => {
    const dataDir = path.join(dir, 'not-yet-there');
    const secrets = await loadBrowserSecrets(dataDir, { log });
    expect(secrets.controlToken).toMatch(HEX_64);
    expect(secrets.viewToken).toMatch(HEX_64);
    expect(secrets.controlToken).not.toBe(secrets.viewToken);
    expect(await savedSecrets(dataDir)).toEqual(secrets);
    expect((await stat(secretsFile(dataDir))).mode & 0o777).toBe(0o600);
    // No temporary file or backup copy of the secrets is left beside it.
    expect(await readdir(dataDir)).toEqual([BROWSER_SECRETS_FILE]);
    expect(logged).toEqual([]);
  });

  it('are the same on every later start, so printed links keep working', async () => {
    const first = await loadBrowserSecrets(dir, { log });
    const second = await loadBrowserSecrets(dir, { log });
    const third = await loadBrowserSecrets(dir, { log });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(logged).toEqual([]);
  });

  it('differ between data folders', async () => {
    const a = await loadBrowserSecrets(path.join(dir, 'a'), { log });
    const b = await loadBrowserSecrets(path.join(dir, 'b'), { log });
    expect(a.controlToken).not.toBe(b.controlToken);
    expect(a.viewToken).not.toBe(b.viewToken);
  });

  it.each([
    ['not JSON', '{"controlToken": "ab'],
    ['empty', ''],
    ['the wrong shape', JSON.stringify({ token: 'a'.repeat(64) })],
    ['short tokens', JSON.stringify({ controlToken: 'abcd', viewToken: 'ef01' })],
    ['one token for both links', JSON.stringify({ controlToken: 'a'.repeat(64), viewToken: 'a'.repeat(64) })],
  ])('are replaced with new ones when the file is %s, and say so in one line', async (_name, text) => {
    await writeFile(secretsFile(), text);
    const secrets = await loadBrowserSecrets(dir, { log });
    expect(secrets.controlToken).toMatch(HEX_64);
    expect(secrets.viewToken).toMatch(HEX_64);
    expect(secrets.controlToken).not.toBe(secrets.viewToken);
    expect(await savedSecrets()).toEqual(secrets);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(secretsFile());
    // The replacement is kept: the next start reads it without complaint.
    expect(await loadBrowserSecrets(dir, { log })).toEqual(secrets);
    expect(logged).toHaveLength(1);
  });

  it('are rotated by --new-links: the old ones stop being the saved ones', async () => {
    const old = await loadBrowserSecrets(dir, { log });
    const rotated = await loadBrowserSecrets(dir, { log, rotate: true });
    expect(rotated.controlToken).not.toBe(old.controlToken);
    expect(rotated.viewToken).not.toBe(old.viewToken);
    expect(rotated.controlToken).toMatch(HEX_64);
    expect(await savedSecrets()).toEqual(rotated);
    expect(await loadBrowserSecrets(dir, { log })).toEqual(rotated);
  });

  posixOnly('tighten a saved file that others could read', async () => {
    const first = await loadBrowserSecrets(dir, { log });
    await chmod(secretsFile(), 0o644);
    expect(await loadBrowserSecrets(dir, { log })).toEqual(first);
    expect((await stat(secretsFile())).mode & 0o777).toBe(0o600);
  });

  it('still let the server start when they cannot be saved, and say why', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    const secrets = await loadBrowserSecrets(path.join(blocker, 'data'), { log });
    expect(secrets.controlToken).toMatch(HEX_64);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/could not save/i);
  });

  it('give the same printed URLs when the server restarts on the same port', async () => {
    const staticRoot = path.join(dir, 'static');
    const workspace = path.join(dir, 'workspace');
    await mkdir(staticRoot);
    await mkdir(workspace);
    const dataDir = path.join(workspace, '.groundwork-data');

    const first = await startBrowserServer({ workspaceDir: workspace, staticRoot, port: 0, secrets: await loadBrowserSecrets(dataDir, { log }) });
    const urls = [first.controlUrl, first.presenterUrl];
    await first.close();
    const second = await startBrowserServer({ workspaceDir: workspace, staticRoot, port: first.port, secrets: await loadBrowserSecrets(dataDir, { log }) });
    try {
      expect([second.controlUrl, second.presenterUrl]).toEqual(urls);
    } finally {
      await second.close();
    }
    const third = await startBrowserServer({ workspaceDir: workspace, staticRoot, port: first.port, secrets: await loadBrowserSecrets(dataDir, { log, rotate: true }) });
    try {
      expect(third.controlUrl).not.toBe(urls[0]);
      expect(third.presenterUrl).not.toBe(urls[1]);
    } finally {
      await third.close();
    }
  });
});
