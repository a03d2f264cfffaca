import type { StoreEnhancer } from 'redux';

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

/**
 * A store enhancer that tells subscribers of a change at once, but at most once per frame: a change that comes
 * after they have already heard of one since the last frame waits for the next frame, with any others that come
 * meanwhile. A lone note is drawn as soon as it arrives (the projector's latency); a burst of 200 notes a second
 * is drawn and fitted once per frame, not 200 times, and the frame it shows in is the same. The state is always
 * current: only the telling waits. A hidden page draws no frames, and a browser throttles its timers to a second or
 * more, so there every change is told at once (an Electron presenter is never throttled; a browser tab may be).
 */
export function notifyOncePerFrame(schedule: FrameScheduler = nextFrame, drawsNoFrames: () => boolean = pageIsHidden): StoreEnhancer {
  return (createStore) => (reducer, preloadedState) => {
    const store = createStore(reducer, preloadedState);
    const listeners = new Set<() => void>();
    let toldThisFrame = false;
    let waiting = false;
    const tell = () => {
      for (const listener of [...listeners]) listener();
    };
    const frame = () => {
      if (waiting) {
        waiting = false;
        tell();
        // Having told them now, the next change in this frame waits for the one after.
        schedule(frame);
        return;
      }
      toldThisFrame = false;
    };
    store.subscribe(() => {
      if (drawsNoFrames()) {
        tell();
        return;
      }
      if (!toldThisFrame) {
        toldThisFrame = true;
        schedule(frame);
        tell();
        return;
      }
      waiting = true;
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
