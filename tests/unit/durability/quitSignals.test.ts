import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { bundleEntry, startLineChild } from '../../durability/childRunner';
import { makeTempDir } from '../helpers/tempDir';
import { noteIds } from '../../support/noteTables';

/**
 * Quitting with SIGTERM or SIGINT (browser mode's Ctrl+C, a service
 * manager stopping it) writes every pending change before the process
 * exits. The child's disk is slowed down so that writes are certainly still
 * pending when the signal arrives; the file is checked after the exit.
 */
let root: { dir: string; cleanup: () => Promise<void> };
let script: string;

beforeAll(async () => {
  root = await makeTempDir('groundwork-quit-');
  script = await bundleEntry(path.resolve(import.meta.dirname, '../../durability/killChild.ts'));
}, 60_000);

afterAll(async () => {
  await root.cleanup();
  await rm(path.dirname(script), { recursive: true, force: true });
});

async function notesIn(file: string): Promise<number> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return noteIds(parsed.session.notes).length;
}

describe('quitting by signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} writes the pending changes to disk before the process exits, and keeps the session listed as open`, async () => {
      const folder = path.join(root.dir, signal);
      const workspace = path.join(folder, 'workspace');
      const dataDir = path.join(folder, 'data');
      await mkdir(workspace, { recursive: true });
      const args = ['--workspace', workspace, '--data', dataDir, '--mode', 'browser', '--kind', 'named', '--stop-after', '40', '--slow-disk', '400'];
      const child = startLineChild(script, args);
      const file = (await child.waitFor('READY ')).split(' ').slice(2).join(' ');
      child.child.stdin.write('go\n');
      const applied = Number((await child.waitFor('APPLIED ')).split(' ')[1]);
      expect(applied).toBe(40);
      const onDiskBefore = await notesIn(file);
      expect(onDiskBefore, 'writes are still pending when the signal comes').toBeLessThan(applied);

      child.child.kill(signal);
      const exit = await child.exited;
      expect(exit, child.stderr()).toEqual({ code: 0, signal: null });
      expect(child.lines.filter((line) => line.startsWith('ERROR'))).toEqual([]);
      expect(await notesIn(file)).toBe(applied);
      // Quitting is not closing: the session stays listed as the one open, for the next start to reopen it.
      const marker = JSON.parse(await readFile(path.join(dataDir, 'open-sessions.json'), 'utf8')) as { sessions: { id: string; path: string }[]; current: string };
      expect(marker.sessions.map((entry) => entry.path)).toEqual([file]);
      expect(marker.current).toBe(marker.sessions[0]?.id);
    }, 60_000);
  }
});
