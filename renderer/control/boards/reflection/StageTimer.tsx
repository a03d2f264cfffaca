import { formatClock, readTimer } from '../../../../shared/session/timer';
import type { TimerState } from '../../../../shared/session/timer';
import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { useSessionCommands } from '../../session/useSessionCommands';
import { PhaseIcon } from '../../../timer/PhaseIcon';
import { describeTimer } from '../../../timer/timerView';
import { useHostNow } from '../../../timer/useHostNow';

/** The countdown of the current writing or pairs stage, with Start / Pause / Resume. */
export function StageTimer({ activityId, timer, stageName }: { activityId: string; timer: TimerState; stageName: string }) {
  const commands = useSessionCommands();
  const now = useHostNow(timer.startedAt !== null);
  const toggle = useHostAction((running: boolean) => commands.send({ type: 'reflection.setStageTimerRunning', activityId, running }));
  const reading = readTimer(timer, now);
  const view = describeTimer(reading);
  const label = reading.running ? 'Pause' : reading.elapsedMs > 0 ? 'Resume' : 'Start';
  return (
    <div className={`stage-timer phase-${view.phase}`} data-testid="stage-timer" data-phase={view.phase}>
      <div className="stage-timer-readout">
        <span className="stage-timer-label">
          {stageName} · {view.label.toLowerCase()}
        </span>
        <span className="stage-timer-clock" data-testid="stage-timer-clock" role="timer" aria-live="off">
          {view.clock}
        </span>
        <span className="stage-timer-state">
          <PhaseIcon phase={view.phase} running={reading.running} />
          {view.urgency ? `${view.urgency} · ${view.motion}` : view.motion} · planned {formatClock(timer.plannedMs)}
        </span>
      </div>
      <button type="button" className="btn btn-primary btn-large stage-timer-toggle" data-testid="stage-timer-toggle" onClick={() => void toggle.run(!reading.running)} disabled={toggle.pending}>
        {label} <span className="visually-hidden">the {stageName.toLowerCase()} countdown</span>
      </button>
      <InlineError error={toggle.error} />
    </div>
  );
}
