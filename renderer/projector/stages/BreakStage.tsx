import type { BreakActivity, SessionState } from '../../../shared/session/types';
import { StageFrame } from './StageFrame';
import { useBreakHeadline } from './useBreakHeadline';
import './breakStage.css';

/**
 * Break: the title and prompt above, the countdown in the corner, and one line in the largest type on the screen, read
 * from the back of the room: how long the break is, then, once the timer runs, when the room is back ("Back at 10:45").
 */
export function BreakStage({ session, activity }: { session: SessionState; activity: BreakActivity }) {
  const timer = session.timers[activity.id] ?? null;
  const headline = useBreakHeadline(timer, activity.plannedMinutes);
  return (
    <StageFrame activity={activity} timer={timer} density="kind">
      <div className="pbreak" data-testid="presenter-break">
        <p className="pbreak-when" data-testid="presenter-break-when" data-running={timer?.startedAt != null || undefined}>
          {headline}
        </p>
      </div>
    </StageFrame>
  );
}
