import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLinkOutbox } from '../../../electron/server/linkOutbox';
import { FELL_BEHIND_CLOSE_CODE } from '../../../shared/protocol/messages';
import type { OutboxSocket } from '../../../electron/server/linkOutbox';
import type { PushMessage } from '../../../shared/protocol/messages';

/** A socket whose peer reads only when the test says so. */
function slowSocket() {
  const sent: string[] = [];
  const state = { waiting: 0, paused: false, closed: null as null | { code: number; reason: string }, terminated: false };
  const socket: OutboxSocket = {
    get bufferedAmount() {
      return state.waiting;
    },
    get readyState() {
      return state.closed ? 2 : 1;
    },
    OPEN: 1,
    send(text) {
      sent.push(text);
      state.waiting += text.length;
    },
    pause: () => void (state.paused = true),
    resume: () => void (state.paused = false),
    close: (code, reason) => void (state.closed = { code, reason }),
    terminate: () => void (state.terminated = true),
  };
  return { socket, sent, state, peerReads: () => void (state.waiting = 0) };
}

const event = (rev: number): PushMessage => ({ kind: 'status', status: { file: null, save: { state: 'saved', at: rev } } });
const snapshot: PushMessage = { kind: 'snapshot', snapshot: { rev: 99, session: null, status: { file: null, save: { state: 'idle' } }, hostNow: 0 } };
const limits = { highWaterBytes: 1000, lowWaterBytes: 100, maxBehindMs: 2000, hardLimitBytes: 100_000, checkEveryMs: 50, closeGraceMs: 500 };

describe('link outbox: a window that does not keep up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds pushes back while the socket is full, stops reading its calls, and catches it up with one snapshot', () => {
    const peer = slowSocket();
    const outbox = createLinkOutbox(peer.socket, () => snapshot, { limits, now: Date.now });
    while (peer.state.waiting <= limits.highWaterBytes) outbox.push(event(1));
    const sentBeforeHolding = peer.sent.length;
    expect(peer.state.paused).toBe(true);
    for (let i = 0; i < 500; i++) outbox.push(event(i));
    expect(peer.sent.length).toBe(sentBeforeHolding);
    expect(outbox.figures().heldBackPushes).toBe(500);

    peer.peerReads();
    vi.advanceTimersByTime(limits.checkEveryMs);
    expect(peer.state.paused).toBe(false);
    expect(peer.sent.slice(sentBeforeHolding)).toEqual([JSON.stringify(snapshot)]);
    outbox.push(event(7));
    expect(peer.sent.at(-1)).toBe(JSON.stringify(event(7)));
    expect(peer.state.closed).toBeNull();
  });

  it('closes a link that stays behind, with a reason its page understands, and cuts it off if it never answers', () => {
    const peer = slowSocket();
    const drops: string[] = [];
    const outbox = createLinkOutbox(peer.socket, () => snapshot, { limits, now: Date.now, onDrop: (reason) => drops.push(reason) });
    while (peer.state.waiting <= limits.highWaterBytes) outbox.push(event(1));
    vi.advanceTimersByTime(limits.maxBehindMs - limits.checkEveryMs);
    expect(peer.state.closed).toBeNull();
    vi.advanceTimersByTime(limits.checkEveryMs);
    expect(peer.state.closed?.code).toBe(FELL_BEHIND_CLOSE_CODE);
    expect(peer.state.closed?.reason).toMatch(/fell behind/);
    expect(drops).toEqual(['behind-too-long']);
    vi.advanceTimersByTime(500);
    expect(peer.state.terminated).toBe(true);
  });

  it('answers calls while behind, but closes the link the moment its waiting bytes pass the hard limit', () => {
    const peer = slowSocket();
    const drops: string[] = [];
    const outbox = createLinkOutbox(peer.socket, () => snapshot, { limits, now: Date.now, onDrop: (reason) => drops.push(reason) });
    const big = 'x'.repeat(10_000);
    let replies = 0;
    while (peer.state.closed === null && replies < 1000) outbox.reply({ kind: 'reply', id: replies++, ok: true, result: big });
    expect(drops).toEqual(['over-hard-limit']);
    expect(replies).toBeLessThan(20);
    const afterClose = peer.sent.length;
    outbox.reply({ kind: 'reply', id: 5000, ok: true, result: big });
    expect(peer.sent.length).toBe(afterClose);
    expect(outbox.figures().peakBufferedBytes).toBeLessThanOrEqual(limits.hardLimitBytes + big.length + 100);
  });
});
