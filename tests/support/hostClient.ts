import WebSocket from 'ws';
import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import type { ServerMessage } from '../../shared/protocol/messages';

/** A Node-side control connection to a browser-mode server, for seeding sessions in tests and benchmarks. */
export interface HostClient {
  call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>>;
  close(): void;
}

/** Connects with the control token taken from a `Control:` URL. */
export async function connectAsControl(controlUrl: string): Promise<HostClient> {
  const url = new URL(controlUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const socket = new WebSocket(`ws://${url.host}/ws?role=control&token=${encodeURIComponent(token)}`, { headers: { Origin: url.origin } });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    if (message.kind !== 'reply') return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiter?.resolve(message.result);
    else waiter?.reject(new Error(message.error.message));
  });
  return {
    call: <V extends VerbName>(verb: V, args: VerbArgs<V>) =>
      new Promise<VerbResult<V>>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: (value) => resolve(value as VerbResult<V>), reject });
        socket.send(JSON.stringify({ kind: 'call', id, verb, args }));
      }),
    close: () => socket.close(),
  };
}
