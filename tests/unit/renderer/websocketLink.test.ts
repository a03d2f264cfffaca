import { afterEach, describe, expect, it, vi } from 'vitest';
import { hmacHex } from '../../../electron/server/handshake';
import { proofText } from '../../../shared/protocol/handshake';
import type { CredentialKind } from '../../../shared/protocol/handshake';
import type { PageAccess } from '../../../renderer/transport/accessKeys';
import { createWebSocketLink, socketUrl } from '../../../renderer/transport/websocketLink';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import type { ConnectionState, PageRole } from '../../../renderer/transport/hostLink';

class FakeSocket extends EventTarget {
  sent: string[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.dispatchEvent(new Event('open'));
  }
  receive(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  drop(code = 1006) {
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
  /** The messages the page sent, parsed. */
  messages(): { kind: string; [key: string]: unknown }[] {
    return this.sent.map((raw) => JSON.parse(raw) as { kind: string });
  }
}

const TOKEN = 'a1'.repeat(32);
const RESUME = 'e5'.repeat(32);
const SERVER_NONCE = '5'.repeat(64);

/** Lets WebCrypto's promises settle (real event-loop turns, up to 5 s of real time; only setTimeout is faked). */
async function until(condition: () => boolean): Promise<void> {
  const end = performance.now() + 5_000;
  while (!condition() && performance.now() < end) await new Promise((resolve) => setImmediate(resolve));
  if (!condition()) throw new Error('condition never held');
}

/**
 * Plays the server's side of the handshake on a fake socket with the key it
 * holds (`serverKey`): the page must prove the same key before `welcome`.
 */
async function serverSide(socket: FakeSocket, role: PageRole, serverKeys: Record<CredentialKind, string>): Promise<'welcomed' | 'page stopped'> {
  socket.open();
  socket.receive({ kind: 'challenge', nonce: SERVER_NONCE });
  await until(() => socket.sent.length >= 1);
  const hello = socket.messages()[0] as unknown as { kind: 'hello'; credential: CredentialKind; nonce: string };
  expect(hello.kind).toBe('hello');
  const key = serverKeys[hello.credential];
  socket.receive({ kind: 'serverProof', proof: hmacHex(key, proofText('server', role, hello.credential, SERVER_NONCE, hello.nonce)) });
  await until(() => socket.sent.length >= 2 || socket.closed);
  if (socket.closed) return 'page stopped';
  const proof = socket.messages()[1];
  expect(proof).toEqual({ kind: 'clientProof', proof: hmacHex(key, proofText('client', role, hello.credential, SERVER_NONCE, hello.nonce)) });
  socket.receive({ kind: 'welcome', resumeKey: serverKeys.resume });
  return 'welcomed';
}

function setup(access: PageAccess = { link: TOKEN, resume: null }, role: PageRole = 'control') {
  const sockets: FakeSocket[] = [];
  const states: ConnectionState[] = [];
  const details: (string | null)[] = [];
  const saved: string[] = [];
  const link = createWebSocketLink(role, {
    location: { protocol: 'http:', host: '127.0.0.1:5181' },
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    access,
    saveResumeKey: (key) => saved.push(key),
    crypto: globalThis.crypto,
    parseMessage: parseServerMessage,
  });
  link.onConnection((state, detail) => {
    states.push(state);
    details.push(detail);
  });
  return { link, sockets, states, details, saved };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('websocket link', () => {
  it('names only the role in the socket address: the key is proved, never sent', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:5181' }, 'presenter')).toBe('ws://127.0.0.1:5181/ws?role=presenter');
  });

  it('opens only after the handshake, keeps the resume key, and matches replies to calls by id', async () => {
    const { link, sockets, states, saved } = setup();
    const socket = sockets[0];
    if (!socket) throw new Error('no socket');
    expect(socket.url).toBe('ws://127.0.0.1:5181/ws?role=control');
    socket.open();
    expect(states.at(-1)).toBe('connecting');
    await expect(link.call('recent.list', {})).rejects.toThrow(/not connected/i);
    socket.sent = [];
    expect(await serverSide(socket, 'control', { link: TOKEN, resume: RESUME })).toBe('welcomed');
    await until(() => states.at(-1) === 'open');
    expect(saved).toEqual([RESUME]);
    expect(socket.sent.join('')).not.toContain(TOKEN);

    const first = link.call('recent.list', {});
    const second = link.call('session.save', {});
    const [callA, callB] = socket.messages().slice(2) as { id: number; verb: string; kind: string }[];
    expect(callA).toMatchObject({ kind: 'call', verb: 'recent.list' });
    socket.receive({ kind: 'reply', id: callB?.id, ok: false, error: { code: 'file', message: 'The disk is full.' } });
    socket.receive({ kind: 'reply', id: callA?.id, ok: true, result: { sessions: [] } });
    await expect(first).resolves.toEqual({ sessions: [] });
    await expect(second).rejects.toThrow('The disk is full.');
  });

  it('takes a push that follows welcome at once, after the welcome, in order', async () => {
    const { sockets, link } = setup();
    const pushes: string[] = [];
    link.onPush((message) => pushes.push(message.kind));
    const socket = sockets[0];
    if (!socket) throw new Error('no socket');
    socket.open();
    socket.receive({ kind: 'challenge', nonce: SERVER_NONCE });
    await until(() => socket.sent.length >= 1);
    const hello = socket.messages()[0] as unknown as { credential: CredentialKind; nonce: string };
    socket.receive({ kind: 'serverProof', proof: hmacHex(TOKEN, proofText('server', 'control', hello.credential, SERVER_NONCE, hello.nonce)) });
    await until(() => socket.sent.length >= 2);
    socket.receive({ kind: 'welcome', resumeKey: RESUME });
    socket.receive({ kind: 'status', status: { file: null, save: { state: 'idle' } } });
    await until(() => pushes.length === 1);
    expect(pushes).toEqual(['status']);
  });

  it('hears the pushes of a batch one by one, in order, and ignores a batch holding anything but pushes', async () => {
    const { sockets, link } = setup();
    const heard: string[] = [];
    link.onPush((message) => heard.push(message.kind === 'event' ? `event ${message.rev}` : message.kind));
    const socket = sockets[0];
    if (!socket) throw new Error('no socket');
    expect(await serverSide(socket, 'control', { link: TOKEN, resume: RESUME })).toBe('welcomed');
    const event = (rev: number) => ({ kind: 'event', rev, event: { type: 'session/closed', payload: null } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    socket.receive({ kind: 'batch', messages: [event(4), { kind: 'status', status: { file: null, save: { state: 'saving' } } }, event(5)] });
    socket.receive({ kind: 'batch', messages: [event(6), { kind: 'reply', id: 1, ok: true, result: null }] });
    socket.receive(event(7));
    await until(() => heard.length === 4);
    expect(heard).toEqual(['event 4', 'status', 'event 5', 'event 7']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('proves the resume key once it has one, so it reconnects after the server restarts with new tokens', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { sockets, states } = setup({ link: 'stale'.padEnd(64, '0'), resume: RESUME });
    expect(await serverSide(sockets[0] as FakeSocket, 'control', { link: TOKEN, resume: RESUME })).toBe('welcomed');
    expect((sockets[0] as FakeSocket).messages()[0]).toMatchObject({ credential: 'resume' });
    await until(() => states.at(-1) === 'open');
  });

  it('fails pending calls when the socket drops and reconnects with a pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { link, sockets, states } = setup();
    await serverSide(sockets[0] as FakeSocket, 'control', { link: TOKEN, resume: RESUME });
    await until(() => states.at(-1) === 'open');
    const pending = link.call('recent.list', {});
    sockets[0]?.drop();
    await expect(pending).rejects.toThrow(/connection/i);
    expect(states.at(-1)).toBe('reconnecting');
    await expect(link.call('recent.list', {})).rejects.toThrow(/not connected/i);
    vi.advanceTimersByTime(300);
    expect(sockets).toHaveLength(2);
    await serverSide(sockets[1] as FakeSocket, 'control', { link: TOKEN, resume: RESUME });
    await until(() => states.at(-1) === 'open');
  });

  it('says the window fell behind when the host let go of it, and reconnects to catch up', async () => {
    vi.useFakeTimers();
    try {
      const { sockets, states, details } = setup();
      sockets[0]?.open();
      sockets[0]?.drop(4008);
      expect(states.at(-1)).toBe('reconnecting');
      expect(details.at(-1)).toBe('This window fell behind Groundwork and is catching up.');
      await vi.advanceTimersByTimeAsync(300);
      expect(sockets).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses to connect without an access key and says why', () => {
    const { sockets, states } = setup({ link: null, resume: null });
    expect(sockets).toHaveLength(0);
    expect(states).toEqual(['refused']);
  });

  it.each<[PageRole]>([['control'], ['presenter']])(
    'sends nothing but its nonce to a %s server that cannot prove the key, says the link is not valid, and keeps trying quietly',
    async (role) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { link, sockets, states, details } = setup({ link: TOKEN, resume: null }, role);
      expect(await serverSide(sockets[0] as FakeSocket, role, { link: 'f'.repeat(64), resume: RESUME })).toBe('page stopped');
      expect((sockets[0] as FakeSocket).messages().map((message) => message.kind)).toEqual(['hello']);
      await until(() => states.at(-1) === 'refused');
      const Link = role === 'control' ? 'Control' : 'Presenter';
      expect(details.at(-1)).toContain(`This ${role} link is not valid for the Groundwork server running now. Open the ${Link} link printed in the terminal where Groundwork started.`);
      await expect(link.call('recent.list', {})).rejects.toThrow(`This ${role} link is not valid`);
      sockets[0]?.drop();
      expect(states.at(-1)).toBe('refused'); // no "Reconnecting" over the sentence
      await vi.advanceTimersByTimeAsync(4_000);
      expect(sockets).toHaveLength(2);
      // The real server came back on the port: the page connects without a reload.
      expect(await serverSide(sockets[1] as FakeSocket, role, { link: TOKEN, resume: RESUME })).toBe('welcomed');
      await until(() => states.at(-1) === 'open');
    },
  );

  it.each([
    ['a push before the handshake', { kind: 'status', status: { file: null, save: { state: 'idle' } } }],
    ['a malformed challenge', { kind: 'challenge', nonce: 'short' }],
  ])('stops at %s', async (_name, first) => {
    const { sockets, states } = setup();
    const socket = sockets[0] as FakeSocket;
    socket.open();
    socket.receive(first);
    await until(() => states.at(-1) === 'refused');
    expect(socket.sent).toEqual([]);
    expect(socket.closed).toBe(true);
  });

  it('keeps retrying with growing pauses while the server is down', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { sockets, states } = setup();
    for (const [attempt, pause] of [250, 500, 1000, 2000].entries()) {
      sockets[attempt]?.drop(); // unreachable: closed without opening
      expect(states.at(-1)).toBe('reconnecting');
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(sockets).toHaveLength(attempt + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sockets).toHaveLength(attempt + 2);
    }
    await serverSide(sockets[4] as FakeSocket, 'control', { link: TOKEN, resume: RESUME });
    await until(() => states.at(-1) === 'open');
  });
});
