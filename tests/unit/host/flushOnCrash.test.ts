import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushOnCrash } from '../../../electron/host/stopOnSignals';
import type { CrashTarget } from '../../../electron/host/stopOnSignals';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

let h: HostHarness | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await h?.cleanup();
  h = null;
});

function fakeProcess(): CrashTarget & { crash: (error: unknown) => void; exits: number[] } {
  const listeners = new Map<string, (error: unknown) => void>();
  const exits: number[] = [];
  return {
    on: (event, listener) => listeners.set(event, listener),
    exit: (code) => void exits.push(code),
    crash: (error) => listeners.get('uncaughtException')?.(error),
    exits,
  };
}

describe('flushOnCrash', () => {
  it('a crash in the host writes the change still in memory before the process exits with 1', async () => {
    h = await makeHost();
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'live.groundwork' });
    await h.host.flush();
    const file = path.join(h.workspace, 'live.groundwork');
    const notesOnDisk = async (): Promise<string[]> => {
      const parsed = parseSessionFile(await readFile(file, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problem);
      return noteIds(parsed.session.notes).map((id) => noteIn(parsed.session.notes, id)?.text ?? '?');
    };
    const target = fakeProcess();
    const reports: unknown[] = [];
    const atExit: { notes: Promise<string[]> | null } = { notes: null };
    const host = h.host;
    flushOnCrash(() => host.flush(), (error) => reports.push(error), {
      on: (event, listener) => target.on(event, listener),
      exit: (code) => {
        atExit.notes ??= notesOnDisk();
        target.exit(code);
      },
    });
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Applied, not yet written' });
    // The write of that change has not started when the bug strikes.
    target.crash(new Error('a bug'));
    expect(target.exits).toEqual([]);
    await vi.waitFor(() => expect(target.exits).toEqual([1]));
    expect(await atExit.notes).toEqual(['Applied, not yet written']);
    expect(reports).toEqual([new Error('a bug')]);
  });

  it('does not wait for ever: a write that hangs is given up after the limit, and a second failure leaves at once', () => {
    vi.useFakeTimers();
    const target = fakeProcess();
    flushOnCrash(() => new Promise<void>(() => undefined), () => undefined, target, 5000);
    target.crash(new Error('first'));
    vi.advanceTimersByTime(4999);
    expect(target.exits).toEqual([]);
    target.crash(new Error('second, while writing'));
    expect(target.exits).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(target.exits).toEqual([1, 1]);
  });
});
