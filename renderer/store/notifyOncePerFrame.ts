import type { StoreEnhancer } from 'redux';
import type { RenderPace } from './renderPace';

/** Waits for the next frame; the fallback timer stands in when a hidden window draws no frames. */
export type FrameScheduler = (callback: () => void) => void;

/** How long a hidden window (no frames) waits before its subscribers hear of a change anyway. */
const HIDDEN_WINDOW_FALLBACK_MS = 100;

const nextFrame: FrameScheduler = (callback) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    callback();
  };
  const timer = setTimeout(once, HIDDEN_WINDOW_FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
};

/** Whether the page draws no frames at all (a hidden tab or window): waiting for a frame then only delays. */
const pageIsHidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** A pace that never holds a telling: at most once per frame is the only limit. */
const unpaced: RenderPace = { due: () => true, tell: (notify) => notify() };

/**
 * A store enhancer that tells subscribers of a change at once, but at most once per frame: a change that comes
 * after they have already heard of one since the last frame waits for the next frame, with any others that come
 * meanwhile. A lone note is drawn as soon as it arrives (the projector's latency); a burst of 200 notes a second
 * is drawn and fitted once per frame, not 200 times, and the frame it shows in is the same. With a `pace`, a burst
 * whose drawings cost much waits more frames between them (see createRenderPace). The state is always
 * current: only the telling waits. A hidden page draws no frames, and a browser throttles its timers to a second or
 * more, so there every change is told at once (an Electron presenter is never throttled; a browser tab may be).
 */
export function notifyOncePerFrame(schedule: FrameScheduler = nextFrame, drawsNoFrames: () => boolean = pageIsHidden, pace: RenderPace = unpaced): StoreEnhancer {
  return (createStore) => (reducer, preloadedState) => {
    const store = createStore(reducer, preloadedState);
    const listeners = new Set<() => void>();
    // Whether frames are being awaited: one was told since the last quiet frame, or one is waiting for its turn.
    let framing = false;
    let waiting = false;
    const tell = () => {
      pace.tell(() => {
        for (const listener of [...listeners]) listener();
      });
    };
    const frame = () => {
      if (waiting) {
        if (pace.due()) {
          waiting = false;
          tell();
        }
        // Having told them now (or still waiting), the next change waits for a later frame.
        schedule(frame);
        return;
      }
      framing = false;
    };
    store.subscribe(() => {
      if (drawsNoFrames()) {
        waiting = false;
        for (const listener of [...listeners]) listener();
        return;
      }
      if (!framing && pace.due()) {
        framing = true;
        schedule(frame);
        tell();
        return;
      }
      waiting = true;
      if (!framing) {
        framing = true;
        schedule(frame);
      }
    });
    return {
      ...store,
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    };
  };
}

/**
 * Redux Toolkit's autoBatchEnhancer queue (`{ type: 'callback' }`) that tells the window at the next frame, and
 * with a pace, at the first frame the pace allows. The fallback timer of `nextFrame` lets a hidden window hear too.
 */
export function queueAtPacedFrame(pace: RenderPace, schedule: FrameScheduler = nextFrame): (notify: () => void) => void {
  return (notify) => {
    const attempt = () => (pace.due() ? pace.tell(notify) : schedule(attempt));
    schedule(attempt);
  };
}
