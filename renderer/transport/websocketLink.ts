import { LINK_HEADER, LINK_STATUS_PATH, linkHeaderValue, parseLinkStatus } from '../../shared/protocol/linkStatus';
import { FELL_BEHIND_CLOSE_CODE } from '../../shared/protocol/messages';
import type { PushMessage } from '../../shared/protocol/messages';
import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import { HostCallError } from './hostCallError';
import { markLatency } from './latencyMarks';
import type { ConnectionState, HostLink, PageRole } from './hostLink';
import { parseServerMessage } from './parseServerMessage';

/** Waits between reconnection attempts, in milliseconds; the last value repeats. */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000] as const;
/** How long a call may wait for its reply. */
export const CALL_TIMEOUT_MS = 15_000;
/** How long the link check may take before the link just retries. */
export const LINK_CHECK_TIMEOUT_MS = 5_000;

/** Where a page is, how it opens sockets and how it asks the server about its link; injectable for tests. */
export interface WebSocketLinkEnv {
  location: Pick<Location, 'protocol' | 'host' | 'hash'>;
  createSocket: (url: string) => WebSocket;
  fetch: typeof fetch;
}

/** What the server said about this page's link: one it accepts, one it does not, or no usable answer (down, timed out). */
export type LinkCheck = 'valid' | 'invalid' | 'unknown';

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type ConnectionListener = (state: ConnectionState, detail: string | null) => void;

/** Reads the access key a page's address carries: `#token=` for control, `#view=` for the presenter. */
export function accessKeyFromHash(hash: string, role: PageRole): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const key = params.get(role === 'control' ? 'token' : 'view');
  return key && key.length > 0 ? key : null;
}

/** The WebSocket address of the host that served this page. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, role: PageRole, key: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const params = new URLSearchParams({ role, [role === 'control' ? 'token' : 'view']: key });
  return `${scheme}://${location.host}/ws?${params.toString()}`;
}

/** What a page says when the server does not accept its link (a mistyped one, or one from before `--new-links`). */
export function invalidLinkMessage(role: PageRole): string {
  const [link, Link] = role === 'control' ? ['control', 'Control'] : ['presenter', 'Presenter'];
  return `This ${link} link is not valid for the Groundwork server running now. Open the ${Link} link printed in the terminal where Groundwork started.`;
}

/**
 * Asks the server that served the page (`GET /link-status`) whether it
 * accepts this page's key. Any failure, including a server that is down,
 * is 'unknown'.
 */
export async function checkLink(env: Pick<WebSocketLinkEnv, 'location' | 'fetch'>, role: PageRole, key: string): Promise<LinkCheck> {
  try {
    const response = await env.fetch(`${env.location.protocol}//${env.location.host}${LINK_STATUS_PATH}`, {
      method: 'GET',
      headers: { [LINK_HEADER]: linkHeaderValue(role === 'control' ? 'control' : 'view', key) },
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
      signal: AbortSignal.timeout(LINK_CHECK_TIMEOUT_MS),
    });
    if (response.status !== 200) return 'unknown';
    const valid = parseLinkStatus(await response.json());
    return valid === null ? 'unknown' : valid ? 'valid' : 'invalid';
  } catch {
    return 'unknown';
  }
}

/**
 * The browser-mode link: one WebSocket to the host that served the page.
 * Calls are matched to replies by id. When the socket drops, pending calls
 * fail and the link reconnects with growing pauses. When a socket closes
 * without ever opening, the link asks the server whether it still accepts
 * this page's key; if it says no, the link stops and reports 'refused'.
 */
export function createWebSocketLink(role: PageRole, env?: Partial<WebSocketLinkEnv>): HostLink {
  const location = env?.location ?? window.location;
  const createSocket = env?.createSocket ?? ((url: string) => new WebSocket(url));
  const fetchFn = env?.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
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

  const handleMessage = (data: unknown): void => {
    if (typeof data !== 'string') return;
    markLatency('message-received');
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const message = parseServerMessage(raw);
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
    for (const listener of pushListeners) listener(message);
  };

  const key = accessKeyFromHash(location.hash, role);

  const scheduleRetry = (): void => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
    attempt += 1;
    setTimeout(connect, delay);
  };

  const connect = (): void => {
    if (!key) return;
    const current = createSocket(socketUrl(location, role, key));
    let opened = false;
    socket = current;
    current.addEventListener('open', () => {
      if (socket !== current) return;
      opened = true;
      attempt = 0;
      setState('open');
    });
    current.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (socket === current) handleMessage(event.data);
    });
    current.addEventListener('close', (event: CloseEvent) => {
      if (socket !== current) return;
      socket = null;
      failPending();
      // The host closes a window that fell too far behind; it catches up with a snapshot once reconnected.
      setState('reconnecting', event.code === FELL_BEHIND_CLOSE_CODE ? 'This window fell behind Groundwork and is catching up.' : null);
      // An open socket that drops means the server went away: just retry. One
      // refused before opening may mean the server no longer takes this key.
      if (opened) {
        scheduleRetry();
        return;
      }
      void checkLink({ location, fetch: fetchFn }, role, key).then((verdict) => {
        if (verdict === 'invalid') setState('refused', invalidLinkMessage(role));
        else scheduleRetry();
      });
    });
  };

  if (key) connect();
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
