import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_RETRY_MS, createPhoneLink, OPEN_TIMEOUT_MS, PHONES_OFF_RETRY_MS, RECONNECT_DELAYS_MS, REMOVED_RETRY_MS } from '../../../../renderer/phone/phoneSocket';
import type { LinkStatus } from '../../../../renderer/phone/phoneSocket';
import { pageTimers } from '../../../../renderer/phone/timers';
import { socketMaker } from './fakePhoneSocket';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const hello = { t: 'hello' as const, v: 1, code: 'K7PX', token: 'T'.repeat(32) };
const view = { t: 'view', view: { title: 'Retro', activity: null } };

function linkUnderTest() {
  const maker = socketMaker();
  const statuses: LinkStatus[] = [];
  const messages: unknown[] = [];
  const opened = vi.fn();
  const link = createPhoneLink({
    url: 'ws://192.168.1.23:8765/phone',
    createSocket: maker.create,
    timers: pageTimers,
    hello: () => hello,
    opened,
    message: (message) => messages.push(message),
    status: (status) => statuses.push(status),
  });
  return { link, maker, statuses, messages, opened };
}

describe('the phone link', () => {
  it('says hello first on every socket, then is connected once the host answers', () => {
    const { link, maker, statuses, messages, opened } = linkUnderTest();
    link.start();
    expect(maker.last().url).toBe('ws://192.168.1.23:8765/phone');
    expect(link.send({ t: 'note', id: 'n1', activityId: 'a1', text: 'x' })).toBe(false);
    maker.last().open();
    expect(maker.last().sent).toEqual([hello]);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(link.status()).toBe('connecting');
    maker.last().receive(view);
    expect(statuses).toEqual(['connected']);
    expect(messages).toEqual([view]);
    expect(link.send({ t: 'note', id: 'n1', activityId: 'a1', text: 'x' })).toBe(true);
    expect(maker.last().sent[1]).toEqual({ t: 'note', id: 'n1', activityId: 'a1', text: 'x' });
  });

  it('ignores frames that are not messages of the protocol', () => {
    const { link, maker, messages, statuses } = linkUnderTest();
    link.start();
    maker.last().open();
    maker.last().dispatchEvent(new MessageEvent('message', { data: 'not json' }));
    maker.last().receive({ t: 'view', view: { title: 3 } });
    maker.last().receive({ t: 'shout' });
    expect(messages).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it('reconnects after a drop with growing pauses (0.5 s, 1 s, 2 s, … at most 5 s), from the first again once back', () => {
    const { link, maker, statuses } = linkUnderTest();
    link.start();
    const waits: number[] = [];
    for (let drop = 0; drop < 7; drop += 1) {
      const before = maker.sockets.length;
      maker.last().drop(1006);
      let waited = 0;
      while (maker.sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
    expect(RECONNECT_DELAYS_MS[RECONNECT_DELAYS_MS.length - 1]).toBe(5000);
    expect(statuses).toEqual(['reconnecting']);
    maker.last().open();
    maker.last().receive(view);
    expect(statuses).toEqual(['reconnecting', 'connected']);
    const before = maker.sockets.length;
    maker.last().drop(1001);
    vi.advanceTimersByTime(500);
    expect(maker.sockets.length).toBe(before + 1);
    // The host closing with "no hello" is a drop like any other: the next socket says hello again.
    maker.last().open();
    maker.last().drop(4400);
    vi.advanceTimersByTime(1000);
    expect(maker.last().sent).toEqual([]);
    maker.last().open();
    expect(maker.last().sent).toEqual([hello]);
  });

  it('stops on a wrong code, and on "reload": those wait for the participant', () => {
    for (const [code, status] of [
      [4403, 'wrongCode'],
      [4426, 'reload'],
    ] as const) {
      const { link, maker, statuses } = linkUnderTest();
      link.start();
      maker.last().open();
      maker.last().drop(code);
      vi.advanceTimersByTime(60000);
      link.wake(true);
      expect(maker.sockets).toHaveLength(1);
      expect(statuses).toEqual([status]);
      link.start();
      expect(maker.sockets).toHaveLength(2);
      expect(link.status()).toBe('connecting');
    }
  });

  it('keeps trying quietly every few seconds while phones are off, saying so until it is back', () => {
    const { link, maker, statuses } = linkUnderTest();
    link.start();
    maker.last().open();
    maker.last().drop(4410);
    vi.advanceTimersByTime(PHONES_OFF_RETRY_MS - 1);
    expect(maker.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(maker.sockets).toHaveLength(2);
    // Phones off, the host no longer listens: refused sockets keep the sentence and the pace.
    maker.last().drop(1006);
    vi.advanceTimersByTime(PHONES_OFF_RETRY_MS);
    expect(maker.sockets).toHaveLength(3);
    expect(statuses).toEqual(['phonesOff']);
    maker.last().open();
    maker.last().receive(view);
    expect(statuses).toEqual(['phonesOff', 'connected']);
  });

  it('a phone the facilitator removed says so and asks again only now and then, so it is back as soon as it is let in', () => {
    const { link, maker, statuses } = linkUnderTest();
    link.start();
    maker.last().open();
    maker.last().receive(view);
    maker.last().drop(4401);
    vi.advanceTimersByTime(REMOVED_RETRY_MS - 1);
    expect(maker.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(maker.sockets).toHaveLength(2);
    // Still out: turned away again, the sentence stays and so does the pace.
    maker.last().open();
    maker.last().drop(4401);
    vi.advanceTimersByTime(REMOVED_RETRY_MS);
    expect(maker.sockets).toHaveLength(3);
    expect(statuses).toEqual(['connected', 'removed']);
    // Let back in: the host answers the hello with the view.
    maker.last().open();
    maker.last().receive(view);
    expect(statuses).toEqual(['connected', 'removed', 'connected']);
  });

  it('waits about 20 s when the room is busy, even when the page is shown again', () => {
    const { link, maker, statuses } = linkUnderTest();
    link.start();
    maker.last().open();
    maker.last().drop(4429);
    link.wake(true);
    vi.advanceTimersByTime(BUSY_RETRY_MS - 1);
    expect(maker.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(maker.sockets).toHaveLength(2);
    expect(statuses).toEqual(['busy']);
  });

  it('connects at once when woken while down, and replaces an open socket only when asked for a fresh one', () => {
    const { link, maker } = linkUnderTest();
    link.start();
    maker.last().open();
    link.wake(false);
    expect(maker.sockets).toHaveLength(1);
    link.wake(true);
    expect(maker.sockets).toHaveLength(2);
    expect(maker.sockets[0]?.closedWith).toBe(1000);
    // The old socket's late close changes nothing.
    maker.sockets[0]?.drop(1006);
    expect(maker.sockets).toHaveLength(2);
    maker.last().drop(1006);
    link.wake(false);
    expect(maker.sockets).toHaveLength(3);
  });

  it('gives up a socket that does not open, and tries again', () => {
    const { link, maker } = linkUnderTest();
    link.start();
    vi.advanceTimersByTime(OPEN_TIMEOUT_MS);
    expect(maker.sockets[0]?.closedWith).toBe(1000);
    vi.advanceTimersByTime(RECONNECT_DELAYS_MS[0] as number);
    expect(maker.sockets).toHaveLength(2);
  });

  it('tries again when the socket cannot even be made', () => {
    let fail = true;
    const maker = socketMaker();
    const link = createPhoneLink({
      url: 'ws://x/phone',
      createSocket: (url) => {
        if (fail) throw new Error('SecurityError');
        return maker.create(url);
      },
      timers: pageTimers,
      hello: () => hello,
      opened: () => undefined,
      message: () => undefined,
      status: () => undefined,
    });
    link.start();
    fail = false;
    vi.advanceTimersByTime(500);
    expect(maker.sockets).toHaveLength(1);
  });

  it('closes and stays closed when stopped', () => {
    const { link, maker } = linkUnderTest();
    link.start();
    maker.last().open();
    link.stop();
    expect(maker.last().closedWith).toBe(1000);
    vi.advanceTimersByTime(60000);
    link.wake(true);
    expect(maker.sockets).toHaveLength(1);
  });
});
