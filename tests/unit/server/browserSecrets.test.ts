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

/** The part of the secrets that is kept between starts. */
function resumeKeys(secrets: { controlResumeKey: string; viewResumeKey: string }) {
  return { controlResumeKey: secrets.controlResumeKey, viewResumeKey: secrets.viewResumeKey };
}

describe('browser-mode secrets', () => {
  posixOnly('are made on first use: 32 random bytes each, and only the resume keys are written, for the owner only', async () => {
    const dataDir = path.join(dir, 'not-yet-there');
    const secrets = await loadBrowserSecrets(dataDir, { log });
    for (const key of Object.values(secrets)) expect(key).toMatch(HEX_64);
    expect(new Set(Object.values(secrets)).size).toBe(4);
    expect(await savedSecrets(dataDir)).toEqual(resumeKeys(secrets));
    // The printed tokens are never written anywhere.
    const text = await readFile(secretsFile(dataDir), 'utf8');
    expect(text).not.toContain(secrets.controlToken);
    expect(text).not.toContain(secrets.viewToken);
    expect((await stat(secretsFile(dataDir))).mode & 0o777).toBe(0o600);
    // No temporary file or backup copy of the secrets is left beside it.
    expect(await readdir(dataDir)).toEqual([BROWSER_SECRETS_FILE]);
    expect(logged).toEqual([]);
  });

  it('print new tokens at every start and keep the resume keys, so open windows reconnect but old links do not work', async () => {
    const first = await loadBrowserSecrets(dir, { log });
    const second = await loadBrowserSecrets(dir, { log });
    const third = await loadBrowserSecrets(dir, { log });
    expect(new Set([first.controlToken, second.controlToken, third.controlToken]).size).toBe(3);
    expect(new Set([first.viewToken, second.viewToken, third.viewToken]).size).toBe(3);
    expect(resumeKeys(second)).toEqual(resumeKeys(first));
    expect(resumeKeys(third)).toEqual(resumeKeys(first));
    expect(logged).toEqual([]);
  });

  it('differ between data folders', async () => {
    const a = await loadBrowserSecrets(path.join(dir, 'a'), { log });
    const b = await loadBrowserSecrets(path.join(dir, 'b'), { log });
    expect(a.controlResumeKey).not.toBe(b.controlResumeKey);
    expect(a.viewResumeKey).not.toBe(b.viewResumeKey);
  });

  it('replace, without a word, a file from before that held the printed tokens themselves', async () => {
    const old = { controlToken: 'a'.repeat(64), viewToken: 'b'.repeat(64) };
    await writeFile(secretsFile(), JSON.stringify(old));
    const secrets = await loadBrowserSecrets(dir, { log });
    expect(Object.values(secrets)).not.toContain(old.controlToken);
    expect(Object.values(secrets)).not.toContain(old.viewToken);
    expect(await savedSecrets()).toEqual(resumeKeys(secrets));
    expect(logged).toEqual([]);
  });

  it.each([
    ['not JSON', '{"controlResumeKey": "ab'],
    ['empty', ''],
    ['the wrong shape', JSON.stringify({ token: 'a'.repeat(64) })],
    ['short keys', JSON.stringify({ controlResumeKey: 'abcd', viewResumeKey: 'ef01' })],
    ['one key for both links', JSON.stringify({ controlResumeKey: 'a'.repeat(64), viewResumeKey: 'a'.repeat(64) })],
  ])('are replaced with new ones when the file is %s, and say so in one line', async (_name, text) => {
    await writeFile(secretsFile(), text);
    const secrets = await loadBrowserSecrets(dir, { log });
    expect(secrets.controlResumeKey).toMatch(HEX_64);
    expect(secrets.viewResumeKey).toMatch(HEX_64);
    expect(secrets.controlResumeKey).not.toBe(secrets.viewResumeKey);
    expect(await savedSecrets()).toEqual(resumeKeys(secrets));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(secretsFile());
    // The replacement is kept: the next start reads it without complaint.
    expect(resumeKeys(await loadBrowserSecrets(dir, { log }))).toEqual(resumeKeys(secrets));
    expect(logged).toHaveLength(1);
  });

  it('are rotated by --new-links: the old resume keys stop being the saved ones', async () => {
    const old = await loadBrowserSecrets(dir, { log });
    const rotated = await loadBrowserSecrets(dir, { log, rotate: true });
    expect(rotated.controlResumeKey).not.toBe(old.controlResumeKey);
    expect(rotated.viewResumeKey).not.toBe(old.viewResumeKey);
    expect(await savedSecrets()).toEqual(resumeKeys(rotated));
    expect(resumeKeys(await loadBrowserSecrets(dir, { log }))).toEqual(resumeKeys(rotated));
  });

  posixOnly('tighten a saved file that others could read', async () => {
    const first = await loadBrowserSecrets(dir, { log });
    await chmod(secretsFile(), 0o644);
    expect(resumeKeys(await loadBrowserSecrets(dir, { log }))).toEqual(resumeKeys(first));
    expect((await stat(secretsFile())).mode & 0o777).toBe(0o600);
  });

  it('still let the server start when they cannot be saved, and say why', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    const secrets = await loadBrowserSecrets(path.join(blocker, 'data'), { log });
    expect(secrets.controlToken).toMatch(HEX_64);
    expect(secrets.controlResumeKey).toMatch(HEX_64);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/could not save/i);
  });

  it('give new printed URLs, on the same port, when the server restarts', async () => {
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
      expect(second.controlUrl).not.toBe(urls[0]);
      expect(second.presenterUrl).not.toBe(urls[1]);
      expect(new URL(second.controlUrl).origin).toBe(new URL(first.controlUrl).origin);
    } finally {
      await second.close();
    }
  });
});
