import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STREAM_SAVE_SPACING_MS, WriteBehind } from '../../../electron/host/writeBehind';
import type { WritePacingClock } from '../../../electron/host/writeBehind';
import type { SaveState } from '../../../shared/protocol/hostStatus';
import type { SessionState } from '../../../shared/session/types';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/**
 * While notes keep coming (a room of phones), the autosaver writes the session at most every so often, each write
 * carrying everything since the last, instead of rewriting the whole file once per note (#18: a write per note cost
 * the host about as much CPU as the rest of the note's work). A change after a quiet spell is written at once, and
 * a flush or an explicit save never waits.
 */

let h: HostHarness;
let base: SessionState;

beforeEach(async () => {
  h = await makeHost();
  await startWorkshop(h.control);
  base = (await h.control.snapshot()).session as SessionState;
});
afterEach(async () => {
  await h.cleanup();
});

/** A pacing clock the test moves by hand: `sleeps` lists each wait asked for, `wake` ends the oldest. */
function handClock() {
  let now = 1_000;
  const sleeps: { ms: number; end: () => void }[] = [];
  const clock: WritePacingClock = {
    now: () => now,
    sleep: (ms, hurry) =>
      new Promise<void>((resolve) => {
        sleeps.push({ ms, end: resolve });
        void hurry.then(resolve);
      }),
  };
  return {
    clock,
    sleeps,
    advance: (ms: number) => (now += ms),
    wake: () => sleeps.shift()?.end(),
  };
}

/** A version of the session told apart by its group name, and a saver that records which versions it wrote. */
function version(n: number): SessionState {
  return { ...base, meta: { ...base.meta, group: `v${n}` } };
}

function recordingSaver(clock: WritePacingClock) {
  const written: string[] = [];
  const states: SaveState[] = [];
  let finishWrite: (() => void) | null = null;
  const saver = new WriteBehind({
    target: 'paced.groundwork',
    now: () => 1,
    minSpacingMs: STREAM_SAVE_SPACING_MS,
    pacing: clock,
    write: (_target, chunks) => {
      const text = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk))).toString('utf8');
      written.push(/"group":"(v\d+)"/.exec(text)?.[1] ?? '?');
      return new Promise<void>((resolve) => (finishWrite = resolve));
    },
    onStatus: (state) => states.push(state),
  });
  const finish = async (): Promise<void> => {
    const done = finishWrite;
    finishWrite = null;
    done?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { saver, written, states, finish };
}

/** Lets the saver's queued steps run. */
const settle = () => new Promise((resolve) => setImmediate(resolve)).then(() => new Promise((resolve) => setImmediate(resolve)));

describe('autosave while changes keep coming', () => {
  it('writes a change after a quiet spell at once, then waits out the spacing and writes only the newest', async () => {
    const hand = handClock();
    const { saver, written, states, finish } = recordingSaver(hand.clock);
    saver.schedule(version(1));
    await settle();
    expect(written, 'the first change goes to disk at once').toEqual(['v1']);
    for (let n = 2; n <= 6; n++) saver.schedule(version(n));
    hand.advance(10);
    await finish();
    expect(written, 'the next write waits while the stream goes on').toEqual(['v1']);
    expect(hand.sleeps.map((sleep) => sleep.ms)).toEqual([STREAM_SAVE_SPACING_MS - 10]);
    expect(states.at(-1), 'what is waiting is not called saved').toEqual({ state: 'saving' });
    hand.advance(STREAM_SAVE_SPACING_MS);
    hand.wake();
    await settle();
    expect(written, 'one write carries the five changes').toEqual(['v1', 'v6']);
    await finish();
    expect(states.at(-1)).toEqual({ state: 'saved', at: 1 });
    // Quiet for longer than the spacing: the next change is written at once again.
    hand.advance(STREAM_SAVE_SPACING_MS + 1);
    saver.schedule(version(7));
    await settle();
    expect(written).toEqual(['v1', 'v6', 'v7']);
    expect(hand.sleeps).toEqual([]);
    await finish();
    await saver.close();
  });

  it('an explicit save and a flush do not wait for the spacing', async () => {
    const hand = handClock();
    const { saver, written, finish } = recordingSaver(hand.clock);
    saver.schedule(version(1));
    await settle();
    saver.schedule(version(2));
    await finish();
    expect(hand.sleeps.length, 'the write of v2 is waiting').toBe(1);
    const saved = saver.saveNow(version(3));
    await settle();
    expect(written, 'the save is written without waiting out the spacing').toEqual(['v1', 'v3']);
    await finish();
    await saved;

    saver.schedule(version(4));
    await settle();
    expect(written.at(-1)).toBe('v3');
    const flushed = saver.flush();
    await settle();
    expect(written.at(-1), 'a flush writes what is waiting now').toBe('v4');
    await finish();
    await flushed;
    await saver.close();
  });
});
