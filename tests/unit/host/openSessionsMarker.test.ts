import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenSessions, openSessionId } from '../../../electron/host/openSessions';
import { makeTempDir } from '../helpers/tempDir';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.cleanup();
});

describe('the open-sessions marker names the session to reopen', () => {
  it('a marker written before resume existed (no "current") still loads: its sessions are offered, none is reopened', async () => {
    const file = path.join(temp.dir, 'old.groundwork');
    const entry = { id: openSessionId(file), path: file, untitled: false, openedAt: 1 };
    await writeFile(path.join(temp.dir, 'open-sessions.json'), JSON.stringify({ version: 1, sessions: [entry] }));
    const marker = new OpenSessions(temp.dir, undefined);
    await marker.load();
    expect(marker.leftover()).toEqual([entry]);
    expect(marker.lastOpen()).toBeNull();
  });

  it('the session open when the host stopped is the one to reopen; closing it leaves nothing to reopen', async () => {
    const first = new OpenSessions(temp.dir, undefined);
    await first.load();
    const file = path.join(temp.dir, 'live.groundwork');
    await first.setCurrent({ path: file, untitled: false, openedAt: 5 });
    const afterStop = new OpenSessions(temp.dir, undefined);
    await afterStop.load();
    expect(afterStop.lastOpen()?.path).toBe(file);

    await afterStop.setCurrent({ path: file, untitled: false, openedAt: 6 }); // reopened
    await afterStop.setCurrent(null); // then closed on purpose
    const afterClose = new OpenSessions(temp.dir, undefined);
    await afterClose.load();
    expect(afterClose.lastOpen()).toBeNull();
    expect(afterClose.leftover()).toEqual([]);
  });
});
