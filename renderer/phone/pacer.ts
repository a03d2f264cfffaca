import type { TimerHandle, Timers } from './timers';

/** Time between two notes sent: four a second, under the host's five a second per phone. */
export const SEND_GAP_MS = 250;

/** What sending one queued note did: sent it, skipped it (no longer waiting to go), or could not (the socket is down). */
export type SendOutcome = 'sent' | 'skip' | 'offline';

/** Sends queued notes one at a time, in order, spaced out. */
export interface Pacer {
  /** Queues a note (once: a note already queued keeps its place). */
  push(id: string): void;
  /** Queues a note after a pause (the host asked this phone to slow down). */
  pushLater(id: string, ms: number): void;
  /** Replaces the queue with these notes (after a (re)connect: every unsent note goes again, in order). */
  replace(ids: readonly string[]): void;
  /** Forgets the queue and every pause. */
  clear(): void;
}

/** A pacer calling `sendOne` for each queued note at most once every `gapMs`. */
export function createPacer(sendOne: (id: string) => SendOutcome, timers: Timers, gapMs: number = SEND_GAP_MS): Pacer {
  let queue: string[] = [];
  let lastSentAt = -Infinity;
  let timer: TimerHandle | null = null;
  const later = new Set<TimerHandle>();

  const drain = (): void => {
    timer = null;
    while (queue.length > 0) {
      const wait = lastSentAt + gapMs - timers.now();
      if (wait > 0) {
        timer = timers.setTimeout(drain, wait);
        return;
      }
      const id = queue[0] as string;
      const outcome = sendOne(id);
      // Offline: the queue waits; the next connection replaces it with every unsent note anyway.
      if (outcome === 'offline') return;
      queue.shift();
      if (outcome === 'sent') lastSentAt = timers.now();
    }
  };
  const push = (id: string): void => {
    if (queue.indexOf(id) < 0) queue.push(id);
    if (timer === null) drain();
  };

  return {
    push,
    pushLater(id, ms) {
      const handle = timers.setTimeout(() => {
        later.delete(handle);
        push(id);
      }, ms);
      later.add(handle);
    },
    replace(ids) {
      queue = [];
      for (const id of ids) if (queue.indexOf(id) < 0) queue.push(id);
      later.forEach((handle) => timers.clearTimeout(handle));
      later.clear();
      if (timer === null) drain();
    },
    clear() {
      queue = [];
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      later.forEach((handle) => timers.clearTimeout(handle));
      later.clear();
    },
  };
}
