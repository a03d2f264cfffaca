import { memo } from 'react';
import type { TimerState } from '../../shared/session/timer';
import { formatClock, readTimer } from '../../shared/session/timer';
import { assertNever } from '../../shared/util/assertNever';
import { PhaseIcon } from '../timer/PhaseIcon';
import { TimerAnnouncer } from '../timer/TimerAnnouncer';
import { describeTimer } from '../timer/timerView';
import { useHostNow } from '../timer/useHostNow';
import type { TimerView } from '../timer/timerView';
import { useShowOvertime } from './roomTimerContext';

/** The phases the room can see: the timer's own, and "time up" where overtime is kept from the room. */
type RoomTimerPhase = TimerView['phase'] | 'time-up';

/** The timer's words for the room: what the time is, and on a second line whether it is paused. */
function roomLabel(view: TimerView, phase: RoomTimerPhase): { state: string; motion: string | null } {
  const paused = view.motion === 'Paused' ? 'Paused' : null;
  if (phase === 'time-up') return { state: 'Time’s up', motion: paused };
  switch (view.phase) {
    case 'idle':
      return { state: 'Not started', motion: null };
    case 'running':
      return { state: 'Time left', motion: null };
    case 'paused':
      return { state: 'Paused', motion: null };
    case 'warning':
    case 'critical':
      return { state: view.urgency ?? 'Time left', motion: paused };
    case 'overtime':
      return { state: 'Overtime', motion: paused };
    default:
      return assertNever(view.phase, 'timer phase');
  }
}

/**
 * The projected timer: large, with its phase in colour and in words. `corner` is the activity's timer in the
 * heading; `hero` is a stage countdown set larger in the body (a reflection's writing or pairs stage).
 * `announceFor` (the activity's id) adds the screen-reader announcements of the timer's moments.
 * Past zero it shows the overtime count only when the session lets the room see it; otherwise a calm 0:00 "Time's up".
 * Memoised: it redraws on its own clock's tick and when its timer changes, not for each note the stage draws.
 */
export const ProjectorTimer = memo(function ProjectorTimer({ timer, variant = 'corner', announceFor }: { timer: TimerState; variant?: 'corner' | 'hero'; announceFor?: string }) {
  const now = useHostNow(timer.startedAt !== null);
  const reading = readTimer(timer, now);
  const view = describeTimer(reading);
  const showOvertime = useShowOvertime();
  const phase: RoomTimerPhase = view.phase === 'overtime' && !showOvertime ? 'time-up' : view.phase;
  const clock = phase === 'time-up' ? formatClock(0) : view.clock;
  const words = roomLabel(view, phase);
  const label = words.motion ? `${words.state} · ${words.motion}` : words.state;
  return (
    <>
      <div
        className={`ptimer ptimer-${variant} phase-${phase}`}
        data-testid={variant === 'hero' ? 'presenter-stage-timer' : 'presenter-timer'} data-phase={phase} role="timer" aria-label={`${label}: ${clock}`}>
        <span className="ptimer-clock">{clock}</span>
        <span className="ptimer-label">
          <span className="ptimer-label-line">
            <PhaseIcon phase={view.phase} running={reading.running} />
            {words.state}
          </span>
          {words.motion ? <span className="ptimer-label-line">{words.motion}</span> : null}
        </span>
      </div>
      {announceFor ? <TimerAnnouncer activityId={announceFor} reading={reading} testId="presenter-timer-announcer" overtimeShown={showOvertime} /> : null}
    </>
  );
});
