/**
 * The share both windows give their drawings of a burst. A half keeps each window's drawing to half its time, so
 * typing, the clock and the messages still arriving get the other half.
 */
export const RENDER_BUSY_SHARE = 0.5;

/** Calls back once the work a telling set off is done: the render it started, and the frame that shows it if one was due. */
export type AfterWork = (callback: () => void) => void;

/** How a render pace reads the clock and learns when a telling's work is done (the page's, unless a test gives its own). */
export interface RenderPaceOptions {
  /** Most of the window's time (0–1) that telling the window of changes, and what that sets off, may take during a burst. */
  busyShare: number;
  now?: () => number;
  afterWork?: AfterWork;
}

/** Spaces a store's tellings so that drawing a burst takes at most a share of the window's time. */
export interface RenderPace {
  /** Whether telling now keeps within the share. Asked only in a burst: the stores tell a lone change (one after a frame with none) at once. */
  due(): boolean;
  /** Tells, and times what the telling costs, which sets how long the next must wait. */
  tell(notify: () => void): void;
}

/** Longest a telling's cost is taken to be: a burst on a window kept busy throughout is still drawn every 200 ms. */
export const LONGEST_COUNTED_MS = 100;

/**
 * The end of what a telling cost is the window's next idle moment: React's render of the change, its deferred
 * passes and effects, the frame's style, layout and paint, and whatever else kept the window busy meanwhile (the
 * messages of the burst itself), so a loaded window waits longer. Where idle callbacks are missing (jsdom), the end
 * of the telling's task.
 */
const whenIdle: AfterWork = (callback) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: LONGEST_COUNTED_MS });
  else setTimeout(callback, 0);
};

/**
 * Creates a render pace. Each telling's cost is measured from its start to the end of the work it set off, and the
 * next waits until that cost divided by the share has gone by since the start: with a share of one half, a burst
 * whose every drawing costs 40 ms (a cold page, a crowded board on a slow laptop) is drawn every 80 ms, not at each
 * frame, and the window keeps the other half for typing, the clock and the messages still arriving. A drawing that
 * costs less than half a frame is not held at all. Only the telling waits, never the state.
 */
export function createRenderPace({ busyShare, now = () => performance.now(), afterWork = whenIdle }: RenderPaceOptions): RenderPace {
  let notBefore = Number.NEGATIVE_INFINITY;
  return {
    due: () => now() >= notBefore,
    tell(notify) {
      const startedAt = now();
      // Until its work is measured, the next waits at least for it to end.
      notBefore = Number.POSITIVE_INFINITY;
      try {
        notify();
      } finally {
        afterWork(() => {
          // Counted up to the most: a page that slept, was frozen in the background or had its clock moved must not hold its drawings for twice that long.
          notBefore = startedAt + Math.min(now() - startedAt, LONGEST_COUNTED_MS) / busyShare;
        });
      }
    },
  };
}
