import { FELL_BEHIND_CLOSE_CODE } from '../../shared/protocol/messages';
import type { PushMessage } from '../../shared/protocol/messages';
import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import { credentialToProve } from './accessKeys';
import type { PageAccess } from './accessKeys';
import { createClientHandshake } from './handshake';
import type { HandshakeCrypto } from './handshake';
import { HostCallError } from './hostCallError';
import { markLatency } from './latencyMarks';
import type { ConnectionState, HostLink, PageRole } from './hostLink';
import type { MessageParser } from './checkServerMessage';

/** Waits between reconnection attempts, in milliseconds; the last value repeats. */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000] as const;
/** How long a call may wait for its reply. */
export const CALL_TIMEOUT_MS = 15_000;

/** Where a page is, how it opens sockets, which keys it holds and its WebCrypto; injectable for tests. */
export interface WebSocketLinkEnv {
  location: Pick<Location, 'protocol' | 'host'>;
  createSocket: (url: string) => WebSocket;
  /** What this tab holds (accessKeys.ts). */
  access: PageAccess;
  /** Keeps the resume key the server gave this tab. */
  saveResumeKey: (resumeKey: string) => void;
  crypto: HandshakeCrypto;
  /** The page's check of every message from the host (checkServerMessage.ts). */
  parseMessage: MessageParser;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type ConnectionListener = (state: ConnectionState, detail: string | null) => void;

/** The WebSocket address of the host that served this page. It names the role only: the key is proved, never sent. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, role: PageRole): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?role=${role}`;
}

/**
 * What a page says when whoever answers on the port cannot prove it holds
 * this page's key: a link from before a restart with `--new-links`, a
 * mistyped one, or another program on the port while Groundwork is stopped.
 */
export function invalidLinkMessage(role: PageRole): string {
  const [link, Link] = role === 'control' ? ['control', 'Control'] : ['presenter', 'Presenter'];
  return `This ${link} link is not valid for the Groundwork server running now. Open the ${Link} link printed in the terminal where Groundwork started. If you just did, another program may be answering on this port; this window told it nothing and keeps trying.`;
}

/**
 * The browser-mode link: one WebSocket to the host that served the page.
 * Each socket starts with the handshake (handshake.ts): the server proves it
 * holds this tab's key, then the page proves it, and only then do calls and
 * pushes flow. Calls are matched to replies by id. When the socket drops,
 * pending calls fail and the link reconnects with growing pauses. When the
 * server cannot prove the key, the page sends nothing more, reports
 * 'refused' with a sentence, and keeps trying quietly (the real server may
 * come back on the port).
 */
export function createWebSocketLink(role: PageRole, env: WebSocketLinkEnv): HostLink {
  const { location, createSocket } = env;
  let access = env.access;
  const pushListeners = new Set<(message: PushMessage) => void>();
  const connectionListeners = new Set<ConnectionListener>();
  const pending = new Map<number, Pending>();
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let detail: string | null = null;
  let attempt = 0;
  let nextId = 1;

  const setState = (next: ConnectionState, nextDetail: string | null = null): void => {
    if (next === state && nextDetail === detail) return;
    state = next;
    detail = nextDetail;
    for (const listener of connectionListeners) listener(state, detail);
  };

  const failPending = (): void => {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(new HostCallError('disconnected', 'The connection to Groundwork dropped before it answered. Please try again.'));
      pending.delete(id);
    }
  };

  const handleMessage = (raw: unknown): void => {
    const message = env.parseMessage(raw);
    if (!message) {
      console.warn('Groundwork: ignored a malformed message from the host.');
      return;
    }
    markLatency(`message-parsed:${message.kind}`);
    if (message.kind === 'reply') {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      clearTimeout(call.timer);
      if (message.ok) call.resolve(message.result);
      else call.reject(new HostCallError(message.error.code, message.error.message, message.error.backup ?? null));
      return;
    }
    // A batch is the pushes of one frame, heard one by one in order (electron/host/pushPacing.ts).
    for (const push of message.kind === 'batch' ? message.messages : [message]) for (const listener of pushListeners) listener(push);
  };

  const scheduleRetry = (): void => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
    attempt += 1;
    setTimeout(connect, delay);
  };

  const connect = (): void => {
    const credential = credentialToProve(access);
    if (!credential) return;
    const current = createSocket(socketUrl(location, role));
    const handshake = createClientHandshake(role, credential, (message) => current.send(JSON.stringify(message)), env.crypto);
    let welcomed = false;
    // The handshake checks proofs with WebCrypto (async): take the messages strictly in order.
    let inOrder: Promise<void> = Promise.resolve();
    socket = current;

    const onHandshakeMessage = async (raw: unknown): Promise<void> => {
      let step: Awaited<ReturnType<typeof handshake.receive>>;
      try {
        step = await handshake.receive(raw);
      } catch {
        step = { kind: 'failed' };
      }
      if (socket !== current) return;
      if (step.kind === 'pending') return;
      if (step.kind === 'failed') {
        // Whoever answered does not hold this tab's key: tell it nothing more.
        setState('refused', invalidLinkMessage(role));
        attempt = RECONNECT_DELAYS_MS.length;
        current.close();
        return;
      }
      welcomed = true;
      attempt = 0;
      access = { ...access, resume: step.resumeKey };
      env.saveResumeKey(step.resumeKey);
      setState('open');
    };

    let queued = 0;
    current.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (socket !== current || typeof event.data !== 'string') return;
      markLatency('message-received');
      let raw: unknown;
      try {
        raw = JSON.parse(event.data);
      } catch {
        raw = undefined;
      }
      if (welcomed && queued === 0) {
        if (raw !== undefined) handleMessage(raw);
        return;
      }
      // Pushes may follow `welcome` before its check has finished: they wait their turn.
      queued += 1;
      inOrder = inOrder.then(async () => {
        try {
          if (!welcomed) await onHandshakeMessage(raw);
          else if (raw !== undefined && socket === current) handleMessage(raw);
        } finally {
          queued -= 1;
        }
      });
    });
    current.addEventListener('close', (event: CloseEvent) => {
      if (socket !== current) return;
      socket = null;
      failPending();
      // A refused link stays refused (with its sentence) while the link keeps trying. The host closes a window that
      // fell too far behind; it catches up with a snapshot once reconnected.
      if (state !== 'refused') setState('reconnecting', event.code === FELL_BEHIND_CLOSE_CODE ? 'This window fell behind Groundwork and is catching up.' : null);
      scheduleRetry();
    });
  };

  if (credentialToProve(access)) connect();
  else {
    const which = role === 'control' ? 'Control' : 'Presenter';
    setState('refused', `This address is missing its access key. Open the ${which} link that Groundwork printed when it started.`);
  }

  return {
    call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>> {
      const open = socket;
      if (state === 'refused') return Promise.reject(new HostCallError('disconnected', detail ?? 'This window cannot connect to Groundwork.'));
      if (!open || state !== 'open') {
        return Promise.reject(new HostCallError('disconnected', 'Not connected to Groundwork right now; reconnecting. Please try again in a moment.'));
      }
      const id = nextId++;
      return new Promise<VerbResult<V>>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new HostCallError('timeout', 'Groundwork did not answer in time. Please try again.'));
        }, CALL_TIMEOUT_MS);
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
        open.send(JSON.stringify({ kind: 'call', id, verb, args }));
        markLatency('call-sent');
      });
    },
    onPush(listener) {
      pushListeners.add(listener);
      return () => pushListeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(state, detail);
      return () => connectionListeners.delete(listener);
    },
  };
}
