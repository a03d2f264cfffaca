import { CLOSE_BUSY, CLOSE_PHONES_OFF, CLOSE_RELOAD, CLOSE_REMOVED, CLOSE_WRONG_CODE, readServerMessage } from './protocol';
import type { HelloMessage, ItemMessage, ServerMessage } from './protocol';
import type { TimerHandle, Timers } from './timers';

/** How the link to the room is, as the status line says it. */
export type LinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'wrongCode' | 'phonesOff' | 'busy' | 'removed' | 'reload';

/** Pauses between tries after a socket drops, in milliseconds; the last repeats. */
export const RECONNECT_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 5000];
/** Pause between quiet tries while phones are off. */
export const PHONES_OFF_RETRY_MS = 5000;
/** Pause between tries while the facilitator has this phone out of the session: back soon after being let in, without knocking all the time. */
export const REMOVED_RETRY_MS = 15000;
/** Pause after the host said "too many": its counters are per minute. */
export const BUSY_RETRY_MS = 20000;
/** A socket not open after this long is given up and tried again (a phone waking on a network that is not up yet). */
export const OPEN_TIMEOUT_MS = 8000;

/** The socket calls the link makes (a browser WebSocket, or a fake in tests). */
export type SocketLike = Pick<WebSocket, 'readyState' | 'send' | 'close' | 'addEventListener'>;

/** What the link needs from the page. */
export interface PhoneLinkEnv {
  url: string;
  createSocket(url: string): SocketLike;
  timers: Timers;
  /** The hello for a new socket, built when it opens (the room code may have changed since the last one). */
  hello(): HelloMessage;
  /** The socket is open and the hello sent: notes may follow. */
  opened(): void;
  message(message: ServerMessage): void;
  status(status: LinkStatus): void;
}

/** The phone's one socket to the room, reopened whenever it drops. */
export interface PhoneLink {
  /** Connects (again), from the first pause. */
  start(): void;
  /** Closes and stops trying (a wrong code waits for the participant to type another). */
  stop(): void;
  /** Sends a note or a ballot on the open socket; false when there is none. */
  send(message: ItemMessage): boolean;
  /**
   * The page is back (shown again, online again, out of the back-forward cache): connect now rather than at the end
   * of a pause. `fresh` also replaces a socket that looks open, since one from before a long sleep is often dead.
   */
  wake(fresh: boolean): void;
  /** The link's status now. */
  status(): LinkStatus;
}

const OPEN = 1;
const CONNECTING = 0;

/** The link: hello first on every socket, then notes; reconnects with growing pauses, or as each close code asks. */
export function createPhoneLink(env: PhoneLinkEnv): PhoneLink {
  const { timers } = env;
  let socket: SocketLike | null = null;
  let joined = false;
  let stopped = true;
  let attempt = 0;
  let retryTimer: TimerHandle | null = null;
  let openTimer: TimerHandle | null = null;
  let status: LinkStatus = 'connecting';

  const setStatus = (next: LinkStatus): void => {
    if (next === status) return;
    status = next;
    env.status(next);
  };
  const clearTimers = (): void => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    if (openTimer !== null) timers.clearTimeout(openTimer);
    retryTimer = null;
    openTimer = null;
  };
  const drop = (): void => {
    const old = socket;
    socket = null;
    joined = false;
    // Its close event, when it comes, finds it is no longer the socket and does nothing.
    if (old) {
      try {
        old.close(1000);
      } catch {
        // Already closed.
      }
    }
  };
  const retryIn = (ms: number): void => {
    if (stopped) return;
    clearTimers();
    retryTimer = timers.setTimeout(connect, ms);
  };

  const closed = (code: number): void => {
    socket = null;
    joined = false;
    if (openTimer !== null) timers.clearTimeout(openTimer);
    openTimer = null;
    if (code === CLOSE_WRONG_CODE || code === CLOSE_RELOAD) {
      stopped = true;
      clearTimers();
      setStatus(code === CLOSE_WRONG_CODE ? 'wrongCode' : 'reload');
      return;
    }
    if (code === CLOSE_PHONES_OFF) setStatus('phonesOff');
    else if (code === CLOSE_BUSY) setStatus('busy');
    else if (code === CLOSE_REMOVED) setStatus('removed');
    // While phones are off, the room is busy or this phone is out, a refused socket (the host stopped listening, or
    // refused the upgrade) means more of the same: the sentence stays, and so does its pace.
    else if (status !== 'phonesOff' && status !== 'busy' && status !== 'removed') setStatus('reconnecting');
    if (status === 'phonesOff') return retryIn(PHONES_OFF_RETRY_MS);
    if (status === 'busy') return retryIn(BUSY_RETRY_MS);
    if (status === 'removed') return retryIn(REMOVED_RETRY_MS);
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] as number;
    attempt += 1;
    retryIn(delay);
  };

  function connect(): void {
    clearTimers();
    drop();
    if (stopped) return;
    let ws: SocketLike;
    try {
      ws = env.createSocket(env.url);
    } catch {
      closed(1006);
      return;
    }
    socket = ws;
    openTimer = timers.setTimeout(() => {
      if (socket !== ws) return;
      drop();
      closed(1006);
    }, OPEN_TIMEOUT_MS);
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      if (openTimer !== null) timers.clearTimeout(openTimer);
      openTimer = null;
      ws.send(JSON.stringify(env.hello()));
      env.opened();
    });
    ws.addEventListener('message', (event) => {
      if (socket !== ws) return;
      const message = readServerMessage(event.data);
      if (!message) return;
      // The host answers a good hello with the view: only then is the phone in the room.
      if (!joined) {
        joined = true;
        attempt = 0;
        setStatus('connected');
      }
      env.message(message);
    });
    ws.addEventListener('close', (event) => {
      if (socket !== ws) return;
      closed(event.code);
    });
  }

  return {
    start() {
      stopped = false;
      attempt = 0;
      setStatus('connecting');
      connect();
    },
    stop() {
      stopped = true;
      clearTimers();
      drop();
    },
    send(message) {
      if (!socket || socket.readyState !== OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    wake(fresh) {
      // A wrong code waits for the participant, a reload for the page; a busy room for its minute to pass.
      if (stopped || status === 'busy') return;
      const state = socket ? socket.readyState : -1;
      if (!fresh && (state === OPEN || state === CONNECTING)) return;
      attempt = 0;
      connect();
    },
    status: () => status,
  };
}
