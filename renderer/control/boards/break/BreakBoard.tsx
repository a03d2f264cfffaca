import type { BreakActivity } from '../../../../shared/session/types';
import { own } from '../../../../shared/util/own';
import { useBreakHeadline } from '../../../projector/stages/useBreakHeadline';
import { useAppSelector } from '../../../store/hooks';
import { formatMinutes } from '../../../ui/format';
import { BoardHead } from '../common/BoardHead';
import './breakBoard.css';

/**
 * A break's board: what the room sees and what to do, nothing to capture. With no text box here, the focus rests on
 * the activity after a change (focusCaptureTarget), so Space, PageUp/PageDown and the other keys work as on any board.
 */
export function BreakBoard({ activity }: { activity: BreakActivity }) {
  // The board's session is kept until the activity's notes or run change (sameForCurrentActivity), never for a timer,
  // so the timer this board reads is selected on its own: the line follows Start, Pause and +1 / −1 min.
  const timer = useAppSelector((state) => (state.session ? own(state.session.timers, activity.id) : undefined)) ?? null;
  const headline = useBreakHeadline(timer, activity.plannedMinutes);
  const running = timer?.startedAt != null;
  return (
    <section className="panel work-panel break-board" aria-labelledby="board-title" data-testid="break-board">
      <BoardHead id="board-title" title="Break" count={formatMinutes(activity.plannedMinutes)} />
      {/* What to do, not a key hint: it stays on short screens, where boards fold their how-to line into the legend. */}
      <p className="break-note" data-testid="break-board-note">
        {running ? (
          <>The room is on a break. The projector shows when they are back; +1 / −1 min on the timer moves it.</>
        ) : (
          <>
            The room is on a break. Start the timer (<kbd>Space</kbd>) to show when they are back.
          </>
        )}
      </p>
      <p className="break-room-sees">
        <span className="break-room-label">The room sees</span>
        <strong className="break-room-when" data-testid="break-board-when">
          {headline}
        </strong>
      </p>
    </section>
  );
}
