import type { TimerState } from '../../shared/session/timer';
import { readTimer } from '../../shared/session/timer';
import { assertNever } from '../../shared/util/assertNever';
import { PhaseIcon } from '../features/timer/PhaseIcon';
import { TimerAnnouncer } from '../features/timer/TimerAnnouncer';
import { describeTimer } from '../features/timer/timerView';
import { useHostNow } from '../features/timer/useHostNow';
import type { TimerView } from '../features/timer/timerView';

function roomLabel(view: TimerView): string {
  switch (view.phase) {
    case 'idle':
      return 'Not started';
    case 'running':
      return 'Time left';
    case 'paused':
      return 'Paused';
    case 'warning':
    case 'critical':
      return view.motion === 'Paused' ? `${view.urgency ?? ''} · Paused` : (view.urgency ?? 'Time left');
    case 'overtime':
      return view.motion === 'Paused' ? 'Overtime · Paused' : 'Overtime';
    default:
      return assertNever(view.phase, 'timer phase');
  }
}

/**
 * The projected timer: large, with its phase in colour and in words. `corner` is the activity's timer in the
 * heading; `hero` is a stage countdown set larger in the body (a reflection's writing or pairs stage).
 * `announceFor` (the activity's id) adds the screen-reader announcements of the timer's moments.
 */
export function PresenterTimer({ timer, variant = 'corner', announceFor }: { timer: TimerState; variant?: 'corner' | 'hero'; announceFor?: string }) {
  const now = useHostNow(timer.startedAt !== null);
  const reading = readTimer(timer, now);
  const view = describeTimer(reading);
  return (
    <>
      <div
        className={`ptimer ptimer-${variant} phase-${view.phase}`}
        data-testid={variant === 'hero' ? 'presenter-stage-timer' : 'presenter-timer'} data-phase={view.phase} role="timer" aria-label={`${roomLabel(view)}: ${view.clock}`}>
        <span className="ptimer-clock">{view.clock}</span>
        <span className="ptimer-label">
          <PhaseIcon phase={view.phase} running={reading.running} />
          {roomLabel(view)}
        </span>
      </div>
      {announceFor ? <TimerAnnouncer activityId={announceFor} reading={reading} testId="presenter-timer-announcer" /> : null}
    </>
  );
}
