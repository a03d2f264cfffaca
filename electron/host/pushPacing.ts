/** One display frame at 60 Hz: a window draws no more often than this, so it gains nothing from hearing more often. */
export const PUSH_FRAME_MS = 16;

/** When a connection's waiting pushes go out. `send` takes everything waiting and sends it (nothing: sends nothing). */
export type PushPacing = (send: () => void) => PushPacer;

/** A connection's pacer: told each time something is waiting, it decides when `send` runs. */
export interface PushPacer {
  /** Something is waiting to go out. */
  wake(): void;
  /** Sends what is waiting now (a reply is about to go out, and must not overtake the changes it caused). */
  flushNow(): void;
  /** Stops its timer (the window disconnected). */
  dispose(): void;
}

/** Each push goes out as it is made: what a test or a host-side listener wants. */
export const immediatePacing: PushPacing = (send) => ({ wake: send, flushNow: () => undefined, dispose: () => undefined });

/** The timers a pacer uses; tests pass fake ones. */
export interface PacingTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  queueMicrotask(callback: () => void): void;
}

const realTimers: PacingTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pacer's timer never keeps the host alive on its own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  queueMicrotask: (callback) => queueMicrotask(callback),
};

/**
 * Sends a window's pushes at most once a frame. A change after a quiet spell goes out as soon as the code that made it
 * has finished (so the event and the "saving" it set off go in one message); anything that comes within the frame
 * after that waits for the frame's end and goes with whatever else came meanwhile. A lone note reaches the projector
 * as fast as before; 200 phones answering in one second are about 60 messages to each window instead of 200 or more,
 * and the room's view is worked out and compared once per message, not once per note.
 */
export function framePacing(frameMs: number = PUSH_FRAME_MS, timers: PacingTimers = realTimers): PushPacing {
  return (send) => {
    let frameTimer: unknown = null;
    let sendQueued = false;
    let waiting = false;
    let disposed = false;

    const sendNow = (): void => {
      waiting = false;
      send();
      // Whatever comes before the frame is over waits for its end.
      if (frameTimer !== null) timers.clearTimeout(frameTimer);
      frameTimer = timers.setTimeout(frameEnded, frameMs);
    };
    const frameEnded = (): void => {
      frameTimer = null;
      if (waiting && !disposed) sendNow();
    };
    return {
      wake() {
        if (disposed) return;
        waiting = true;
        if (frameTimer !== null || sendQueued) return;
        sendQueued = true;
        timers.queueMicrotask(() => {
          sendQueued = false;
          if (waiting && !disposed) sendNow();
        });
      },
      flushNow() {
        if (waiting && !disposed) sendNow();
      },
      dispose() {
        disposed = true;
        if (frameTimer !== null) timers.clearTimeout(frameTimer);
        frameTimer = null;
      },
    };
  };
}
