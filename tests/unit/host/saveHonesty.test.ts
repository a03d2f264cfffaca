import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenSessions } from '../../../electron/host/openSessions';
import { stopOnSignals } from '../../../electron/host/stopOnSignals';
import type { SignalTarget } from '../../../electron/host/stopOnSignals';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { makeTempDir } from '../helpers/tempDir';

let h: HostHarness | null = null;
afterEach(async () => {
  await h?.cleanup();
  h = null;
});

describe('the save status is honest from the first moment', () => {
  it('a window hears "saving" before the reply to its change, never a stale "saved"', async () => {
    h = await makeHost();
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'live.groundwork' });
    await h.host.flush();
    expect((await h.control.snapshot()).status.save.state).toBe('saved');
    h.control.pushes.length = 0;
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'New' });
    // The reply has arrived; the write has not even started (it waits for the next turn of the event loop).
    expect(h.control.pushes.map((message) => (message.kind === 'status' ? `status:${message.status.save.state}` : message.kind))).toEqual(['event', 'status:saving']);
    await h.host.flush();
    expect(h.control.pushes.at(-1)).toMatchObject({ kind: 'status', status: { save: { state: 'saved' } } });
  });
});

describe('stopOnSignals', () => {
  function fakeProcess(): SignalTarget & { fire: (signal: 'SIGINT' | 'SIGTERM') => void; exits: number[] } {
    const listeners = new Map<string, () => void>();
    const exits: number[] = [];
    return {
      on: (signal, listener) => listeners.set(signal, listener),
      exit: (code) => void exits.push(code),
      fire: (signal) => listeners.get(signal)?.(),
      exits,
    };
  }

  it('exits only once the stop (the flush) has finished, ignoring a second signal meanwhile', async () => {
    const target = fakeProcess();
    let finish: () => void = () => undefined;
    const stops: string[] = [];
    stopOnSignals(
      (signal) => {
        stops.push(signal);
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => undefined,
      target,
    );
    target.fire('SIGTERM');
    target.fire('SIGINT');
    await Promise.resolve();
    expect(stops).toEqual(['SIGTERM']);
    expect(target.exits).toEqual([]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.exits).toEqual([0]);
  });

  it('reports a failed stop and exits with 1', async () => {
    const target = fakeProcess();
    const errors: unknown[] = [];
    stopOnSignals(() => Promise.reject(new Error('disk full')), (error) => errors.push(error), target);
    target.fire('SIGINT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.exits).toEqual([1]);
    expect(String(errors[0])).toContain('disk full');
  });
});

describe('the open-sessions marker', () => {
  it('a damaged marker counts as nothing to recover, and is replaced on the next change', async () => {
    const temp = await makeTempDir();
    try {
      await mkdir(temp.dir, { recursive: true });
      await writeFile(path.join(temp.dir, 'open-sessions.json'), '{"version":1,"sessions":[{"id":');
      const marker = new OpenSessions(temp.dir, undefined);
      await marker.load();
      expect(marker.leftover()).toEqual([]);
      await marker.setCurrent({ path: path.join(temp.dir, 'x.groundwork'), untitled: false, openedAt: 1 });
      const again = new OpenSessions(temp.dir, undefined);
      await again.load();
      expect(again.leftover().map((entry) => entry.path)).toEqual([path.join(temp.dir, 'x.groundwork')]);
    } finally {
      await temp.cleanup();
    }
  });
});
