import { FELL_BEHIND_CLOSE_CODE } from '../../shared/protocol/messages';
import type { PushDelivery, PushMessage, ReplyMessage } from '../../shared/protocol/messages';

/** How far a link may fall behind before the host holds back, and how long before it lets go. */
export interface LinkLimits {
  /** Bytes waiting to go out above which pushes are held back and the link's calls are no longer read. */
  highWaterBytes: number;
  /** Bytes waiting below which a held-back link catches up (one fresh snapshot) and its calls are read again. */
  lowWaterBytes: number;
  /** A link held back this long is closed; its page reconnects and catches up with a snapshot. */
  maxBehindMs: number;
  /** A link with more than this many bytes waiting is closed at once, whatever else it does. */
  hardLimitBytes: number;
  /** How often a held-back link is looked at again. */
  checkEveryMs: number;
  /** After closing a link, how long its page has to read what is waiting and the close before it is cut off. */
  closeGraceMs: number;
}

/** The limits of a real link: a projector or a page on a busy laptop catches up well inside them. */
export const DEFAULT_LINK_LIMITS: LinkLimits = {
  highWaterBytes: 1024 * 1024,
  lowWaterBytes: 256 * 1024,
  maxBehindMs: 10_000,
  hardLimitBytes: 32 * 1024 * 1024,
  checkEveryMs: 50,
  closeGraceMs: 2000,
};

/** Close reason sent with FELL_BEHIND_CLOSE_CODE (at most 123 bytes, as WebSocket close reasons must be). */
export const FELL_BEHIND_REASON = 'This window fell behind the host; reconnect to catch up.';

/** The parts of a socket the outbox uses (a `ws` WebSocket has all of them). */
export interface OutboxSocket {
  readonly bufferedAmount: number;
  readonly readyState: number;
  readonly OPEN: number;
  send(text: string): void;
  /** Stops reading incoming messages (so a link that does not read cannot keep sending calls). */
  pause(): void;
  resume(): void;
  close(code: number, reason: string): void;
  terminate(): void;
}

/** What an outbox saw, for tests and the bench. */
export interface OutboxFigures {
  /** Most bytes ever waiting to go out on this link. */
  peakBufferedBytes: number;
  /** Pushes held back because the link was behind (replaced by one snapshot when it caught up). */
  heldBackPushes: number;
}

/** Sends one link's messages, never letting a reader that is slow or gone grow the host without bound. */
export interface LinkOutbox {
  /** A change for the window (or several, batched): sent now, or held back while the link is behind (it gets a snapshot instead). */
  push(message: PushDelivery): void;
  /** An answer to one of the link's calls: always sent while the link is open. */
  reply(message: ReplyMessage): void;
  figures(): OutboxFigures;
  /** Stops the outbox's timer (the socket closed). */
  dispose(): void;
}

/** Why an outbox gave up on its link. */
export type LinkDropReason = 'behind-too-long' | 'over-hard-limit';

/**
 * Wraps a socket with backpressure. A window needs the latest state, not every step on the way: while its
 * socket holds more than the high-water mark, pushes are held back and its calls are not read; once it drains
 * below the low-water mark it gets one fresh snapshot from `catchUp` and is read again. A link behind for too
 * long, or past the hard limit, is closed with a reason its page understands (it reconnects and catches up).
 */
export function createLinkOutbox(
  socket: OutboxSocket,
  catchUp: () => PushMessage,
  options: { limits?: Partial<LinkLimits>; now?: () => number; onDrop?: (reason: LinkDropReason) => void } = {},
): LinkOutbox {
  const limits: LinkLimits = { ...DEFAULT_LINK_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  let behindSince: number | null = null;
  let missedPushes = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let dropped = false;
  const figures: OutboxFigures = { peakBufferedBytes: 0, heldBackPushes: 0 };

  const stopTimer = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const drop = (reason: LinkDropReason): void => {
    if (dropped) return;
    dropped = true;
    stopTimer();
    socket.close(FELL_BEHIND_CLOSE_CODE, FELL_BEHIND_REASON);
    // Read again, or the page's answer to the close is never seen and it waits for the cut-off.
    socket.resume();
    // A reader that is gone never answers the close handshake; do not keep its buffers waiting for it.
    setTimeout(() => socket.terminate(), limits.closeGraceMs).unref?.();
    options.onDrop?.(reason);
  };
  const measure = (): number => {
    const waiting = socket.bufferedAmount;
    if (waiting > figures.peakBufferedBytes) figures.peakBufferedBytes = waiting;
    return waiting;
  };
  const send = (message: PushDelivery | ReplyMessage): void => {
    if (dropped || socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify(message));
    const waiting = measure();
    if (waiting > limits.hardLimitBytes) drop('over-hard-limit');
    else if (waiting > limits.highWaterBytes && behindSince === null) holdBack();
  };
  const holdBack = (): void => {
    behindSince = now();
    socket.pause();
    timer = setInterval(check, limits.checkEveryMs);
    timer.unref?.();
  };
  const check = (): void => {
    if (behindSince === null || dropped) return;
    if (measure() <= limits.lowWaterBytes) {
      behindSince = null;
      stopTimer();
      socket.resume();
      if (missedPushes) {
        missedPushes = false;
        send(catchUp());
      }
      return;
    }
    if (now() - behindSince >= limits.maxBehindMs) drop('behind-too-long');
  };

  return {
    push(message) {
      if (behindSince !== null) {
        missedPushes = true;
        figures.heldBackPushes += 1;
        return;
      }
      send(message);
    },
    reply: send,
    figures: () => ({ ...figures }),
    dispose: stopTimer,
  };
}
