import { describe, expect, it, vi } from 'vitest';
import { accessKeyFromHash, createWebSocketLink, socketUrl } from '../../../renderer/transport/websocketLink';
import type { ConnectionState } from '../../../renderer/transport/hostLink';

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
  drop() {
    this.dispatchEvent(new Event('close'));
  }
}

function setup(hash = '#token=abc') {
  const sockets: FakeSocket[] = [];
  const states: ConnectionState[] = [];
  const link = createWebSocketLink('control', {
    location: { protocol: 'http:', host: '127.0.0.1:5181', hash },
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
  });
  link.onConnection((state) => states.push(state));
  return { link, sockets, states };
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

  it('refuses to connect without an access key and says why', () => {
    const { sockets, states } = setup('');
    expect(sockets).toHaveLength(0);
    expect(states).toEqual(['refused']);
  });
});
