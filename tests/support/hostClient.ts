import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import type { PushMessage, ReplyMessage, ServerMessage } from '../../shared/protocol/messages';
import { linkCredential, openProvedSocket } from './handshakeClient';

/** A Node-side connection to a browser-mode server, for seeding sessions in tests and benchmarks. */
export interface HostClient {
  call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>>;
  /** Every push (event, snapshot, status) received so far, in order. */
  pushes: PushMessage[];
  /** Resolves with the first push from index `from` on (already received or still to come) that matches. */
  waitForPush(matches: (message: PushMessage) => boolean, from?: number): Promise<PushMessage>;
  /** Sends calls without waiting for their replies (a page or a script flooding the host); resolves with every reply. */
  flood(calls: { verb: VerbName; args: unknown }[]): Promise<ReplyMessage[]>;
  /** Stops reading from the socket (a projector page that hangs, or a link that is gone without closing). */
  stopReading(): void;
  /** Reads from the socket again. */
  resumeReading(): void;
  /** Whether the socket has closed. */
  isClosed(): boolean;
  /** Resolves when the socket closes, with the code and reason the server gave. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** Connects with the control token taken from a `Control:` URL (proved by the page's handshake, never sent). */
export function connectAsControl(controlUrl: string): Promise<HostClient> {
  return connect(controlUrl, 'control');
}

/** Connects as the projector, with the view token taken from a `Presenter:` URL. */
export function connectAsPresenter(presenterUrl: string): Promise<HostClient> {
  return connect(presenterUrl, 'presenter');
}

async function connect(printedUrl: string, role: 'control' | 'presenter'): Promise<HostClient> {
  const pushes: PushMessage[] = [];
  const waiters: { from: number; matches: (message: PushMessage) => boolean; resolve: (message: PushMessage) => void }[] = [];
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const flooding = new Map<number, (reply: ReplyMessage) => void>();
  // Listen from the handshake on: the host may push a snapshot as soon as it accepts the window.
  const onMessage = (raw: unknown): void => {
    const message = raw as ServerMessage;
    if (message.kind !== 'reply') {
      // A batch is several pushes of one frame (electron/host/pushPacing.ts): each is heard as if it came alone.
      for (const push of message.kind === 'batch' ? message.messages : [message]) {
        pushes.push(push);
        for (const waiter of [...waiters]) {
          if (pushes.length - 1 < waiter.from || !waiter.matches(push)) continue;
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(push);
        }
      }
      return;
    }
    const flooded = flooding.get(message.id);
    if (flooded) {
      flooding.delete(message.id);
      flooded(message);
      return;
    }
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiter?.resolve(message.result);
    else waiter?.reject(new Error(message.error.message));
  };
  const { socket } = await openProvedSocket(new URL(printedUrl).origin, role, linkCredential(printedUrl), onMessage);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })));
  // ws keeps the TCP socket private; pausing it is exactly what a page that stopped reading looks like to the host.
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return {
    call: <V extends VerbName>(verb: V, args: VerbArgs<V>) =>
      new Promise<VerbResult<V>>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: (value) => resolve(value as VerbResult<V>), reject });
        socket.send(JSON.stringify({ kind: 'call', id, verb, args }));
      }),
    pushes,
    waitForPush: (matches, from = 0) => {
      const seen = pushes.slice(from).find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise<PushMessage>((resolve) => waiters.push({ from, matches, resolve }));
    },
    flood: (calls) =>
      Promise.all(
        calls.map(({ verb, args }) => {
          const id = nextId++;
          const reply = new Promise<ReplyMessage>((resolve) => flooding.set(id, resolve));
          socket.send(JSON.stringify({ kind: 'call', id, verb, args }));
          return reply;
        }),
      ),
    stopReading: () => tcp.pause(),
    resumeReading: () => tcp.resume(),
    isClosed: () => socket.readyState === socket.CLOSED,
    closed,
    close: () => socket.close(),
  };
}
