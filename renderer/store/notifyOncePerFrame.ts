import type { StoreEnhancer } from 'redux';
import type { RenderPace } from './renderPace';

/** Waits for the next frame; the fallback timer stands in when a hidden window draws no frames. */
export type FrameScheduler = (callback: () => void) => void;

/** How long a hidden window (no frames) waits before its subscribers hear of a change anyway. */
const HIDDEN_WINDOW_FALLBACK_MS = 100;

export const nextFrame: FrameScheduler = (callback) => {
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
    // Tellings since the last quiet frame. The pace holds only the third and later: a change and its follow-up in the
    // next frame (a pushed view, then the revision it is at) are not a burst.
    let toldInARow = 0;
    const tell = () => {
      toldInARow += 1;
      pace.tell(() => {
        for (const listener of [...listeners]) listener();
      });
    };
    const frame = () => {
      if (waiting) {
        if (toldInARow < 2 || pace.due()) {
          waiting = false;
          tell();
        }
        // Having told them now (or still waiting), the next change waits for a later frame.
        schedule(frame);
        return;
      }
      framing = false;
      toldInARow = 0;
    };
    store.subscribe(() => {
      if (drawsNoFrames()) {
        waiting = false;
        for (const listener of [...listeners]) listener();
        return;
      }
      // A change after a frame with none is a lone one: told at once, whatever the pace (the projector's latency).
      if (!framing) {
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
