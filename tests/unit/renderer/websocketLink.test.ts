import { describe, expect, it, vi } from 'vitest';
import { accessKeyFromHash, createWebSocketLink, socketUrl } from '../../../renderer/transport/websocketLink';
import type { ConnectionState, PageRole } from '../../../renderer/transport/hostLink';

class FakeSocket extends EventTarget {
  sent: string[] = [];
  constructor(readonly url: string) {
    super();
  }
  send(data: string) {
    this.sent.push(data);
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
}

/** How the fake server answers the link check: a JSON body, or a network failure (server down). */
type LinkCheckAnswer = { valid: boolean } | 'network-error' | { status: number; body: string };

function setup(hash = '#token=abc', role: PageRole = 'control', answer: () => LinkCheckAnswer = () => 'network-error') {
  const sockets: FakeSocket[] = [];
  const states: ConnectionState[] = [];
  const details: (string | null)[] = [];
  const checks: { url: string; header: string | null }[] = [];
  const fetchLinkStatus = vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    checks.push({ url, header: new Headers(init?.headers).get('X-Groundwork-Link') });
    const reply = answer();
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if ('status' in reply) return Promise.resolve(new Response(reply.body, { status: reply.status }));
    return Promise.resolve(new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
  const link = createWebSocketLink(role, {
    location: { protocol: 'http:', host: '127.0.0.1:5181', hash },
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    fetch: fetchLinkStatus,
  });
  link.onConnection((state, detail) => {
    states.push(state);
    details.push(detail);
  });
  return { link, sockets, states, details, checks, fetchLinkStatus };
}

describe('websocket link', () => {
  it('reads the access key from the fragment and builds the socket address', () => {
    expect(accessKeyFromHash('#token=abc', 'control')).toBe('abc');
    expect(accessKeyFromHash('#view=xyz', 'presenter')).toBe('xyz');
    expect(accessKeyFromHash('#view=xyz', 'control')).toBeNull();
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:5181' }, 'presenter', 'xyz')).toBe('ws://127.0.0.1:5181/ws?role=presenter&view=xyz');
  });

  it('matches replies to calls by id and rejects with the host message', async () => {
    const { link, sockets } = setup();
    const socket = sockets[0];
    if (!socket) throw new Error('no socket');
    expect(socket.url).toBe('ws://127.0.0.1:5181/ws?role=control&token=abc');
    socket.open();
    const first = link.call('recent.list', {});
    const second = link.call('session.save', {});
    const [callA, callB] = socket.sent.map((raw) => JSON.parse(raw) as { id: number; verb: string; kind: string });
    expect(callA).toMatchObject({ kind: 'call', verb: 'recent.list' });
    socket.receive({ kind: 'reply', id: callB?.id, ok: false, error: { code: 'file', message: 'The disk is full.' } });
    socket.receive({ kind: 'reply', id: callA?.id, ok: true, result: { sessions: [] } });
    await expect(first).resolves.toEqual({ sessions: [] });
    await expect(second).rejects.toThrow('The disk is full.');
  });

  it('fails pending calls when the socket drops and reconnects with a pause', async () => {
    vi.useFakeTimers();
    try {
      const { link, sockets, states } = setup();
      sockets[0]?.open();
      const pending = link.call('recent.list', {});
      sockets[0]?.drop();
      await expect(pending).rejects.toThrow(/connection/i);
      expect(states.at(-1)).toBe('reconnecting');
      await expect(link.call('recent.list', {})).rejects.toThrow(/not connected/i);
      vi.advanceTimersByTime(300);
      expect(sockets).toHaveLength(2);
      sockets[1]?.open();
      expect(states.at(-1)).toBe('open');
    } finally {
      vi.useRealTimers();
    }
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
    const { sockets, states } = setup('');
    expect(sockets).toHaveLength(0);
    expect(states).toEqual(['refused']);
  });

  it('does not ask about the link when an open socket drops (the server went away)', async () => {
    vi.useFakeTimers();
    try {
      const { sockets, states, fetchLinkStatus } = setup('#token=abc', 'control', () => ({ valid: false }));
      sockets[0]?.open();
      sockets[0]?.drop();
      await vi.advanceTimersByTimeAsync(300);
      expect(fetchLinkStatus).not.toHaveBeenCalled();
      expect(sockets).toHaveLength(2);
      expect(states.at(-1)).toBe('reconnecting');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops and says the link is not valid when the server refuses the socket and the link check says so', async () => {
    vi.useFakeTimers();
    try {
      const { link, sockets, states, details, checks } = setup('#token=stale%2Bkey', 'control', () => ({ valid: false }));
      sockets[0]?.open();
      sockets[0]?.drop(); // the server stopped
      await vi.advanceTimersByTimeAsync(300);
      expect(sockets).toHaveLength(2);
      sockets[1]?.drop(); // the restarted server refuses the old token (401): closed without ever opening
      await vi.advanceTimersByTimeAsync(0);
      expect(checks).toEqual([{ url: 'http://127.0.0.1:5181/link-status', header: 'control:stale%2Bkey' }]);
      expect(states.at(-1)).toBe('refused');
      expect(details.at(-1)).toBe(
        'This control link is not valid for the Groundwork server running now. Open the Control link printed in the terminal where Groundwork started.',
      );
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sockets).toHaveLength(2); // no more attempts
      expect(checks).toHaveLength(1);
      await expect(link.call('recent.list', {})).rejects.toThrow('This control link is not valid');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so on the presenter too, checking the view key', async () => {
    vi.useFakeTimers();
    try {
      const { sockets, states, details, checks } = setup('#view=xyz', 'presenter', () => ({ valid: false }));
      sockets[0]?.drop();
      await vi.advanceTimersByTimeAsync(0);
      expect(checks[0]?.header).toBe('view:xyz');
      expect(states.at(-1)).toBe('refused');
      expect(details.at(-1)).toContain('This presenter link is not valid for the Groundwork server running now. Open the Presenter link');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['the link check cannot reach the server', () => 'network-error' as const],
    ['the link check says the link is valid', () => ({ valid: true })],
    ['the link check gives an unexpected answer', () => ({ status: 502, body: '<html>Bad gateway</html>' })],
  ])('keeps retrying with growing pauses when %s', async (_name, answer: () => LinkCheckAnswer) => {
    vi.useFakeTimers();
    try {
      const { sockets, states, fetchLinkStatus } = setup('#token=abc', 'control', answer);
      for (const [attempt, pause] of [250, 500, 1000, 2000].entries()) {
        sockets[attempt]?.drop(); // refused or unreachable before opening
        await vi.advanceTimersByTimeAsync(0);
        expect(states.at(-1)).toBe('reconnecting');
        await vi.advanceTimersByTimeAsync(pause - 1);
        expect(sockets).toHaveLength(attempt + 1);
        await vi.advanceTimersByTimeAsync(1);
        expect(sockets).toHaveLength(attempt + 2);
      }
      expect(fetchLinkStatus).toHaveBeenCalledTimes(4);
      sockets[4]?.open();
      expect(states.at(-1)).toBe('open');
    } finally {
      vi.useRealTimers();
    }
  });
});
