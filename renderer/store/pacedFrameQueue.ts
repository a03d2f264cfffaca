import { nextFrame } from './notifyOncePerFrame';
import type { FrameScheduler } from './notifyOncePerFrame';
import type { RenderPace } from './renderPace';

/**
 * Redux Toolkit's autoBatchEnhancer queue (`{ type: 'callback' }`) that tells the window at the next frame, and in a
 * burst, at the first frame the pace allows. As in `notifyOncePerFrame`, the pace holds only the third telling in a
 * row and later: a change after a quiet frame, and its follow-up, are not a burst. The fallback timer of `nextFrame`
 * lets a hidden window hear too.
 */
export function queueAtPacedFrame(pace: RenderPace, schedule: FrameScheduler = nextFrame): (notify: () => void) => void {
  let toldInARow = 0;
  let queuedSinceTelling = false;
  return (notify) => {
    queuedSinceTelling = true;
    const attempt = () => {
      if (toldInARow >= 2 && !pace.due()) {
        schedule(attempt);
        return;
      }
      queuedSinceTelling = false;
      toldInARow += 1;
      pace.tell(notify);
      // A frame that comes with nothing queued since this telling ends the run.
      schedule(() => {
        if (!queuedSinceTelling) toldInARow = 0;
      });
    };
    schedule(attempt);
  };
}
