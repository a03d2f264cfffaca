import './timerPanel.css';
import { useState } from 'react';
import { MIN_TOTAL_MS, formatClock, readTimer, totalMs } from '../../../shared/session/timer';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector, useAppStore } from '../../store/hooks';
import { useUndoCommands } from '../history/useUndoCommands';
import { describeError } from '../../transport/hostCallError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { InlineError } from '../../ui/InlineError';
import { ShowOvertimeToggle } from '../room/ShowOvertimeToggle';
import { TimerEndSoundToggle } from '../room/TimerEndSoundToggle';
import { useSessionCommands } from '../session/useSessionCommands';
import { useToaster } from '../toasts/toastContext';
import { PhaseIcon } from '../../timer/PhaseIcon';
import { TimerAnnouncer } from '../../timer/TimerAnnouncer';
import { describeTimer, formatUsed } from '../../timer/timerView';
import { useHostNow } from '../../timer/useHostNow';

const MINUTE_MS = 60_000;

/** The control window's timer: big remaining time, planned vs used, and its controls. */
export function TimerPanel() {
  const activityId = useAppSelector((state) => state.session?.currentActivityId);
  const activityTitle = useAppSelector((state) => state.session?.agenda.find((activity) => activity.id === state.session?.currentActivityId)?.title);
  const timer = useAppSelector((state) => (state.session ? state.session.timers[state.session.currentActivityId] : undefined));
  const now = useHostNow(timer?.startedAt != null);
  const commands = useSessionCommands();
  const toaster = useToaster();
  const store = useAppStore();
  const history = useUndoCommands();
  const [confirmReset, setConfirmReset] = useState(false);
  const action = useHostAction((command: Parameters<typeof commands.send>[0]) => commands.send(command));
  if (!timer || !activityId) return null;

  const reading = readTimer(timer, now);
  const view = describeTimer(reading);
  const adjustMinutes = Math.round((totalMs(timer) - timer.plannedMs) / MINUTE_MS);
  const toggleLabel = reading.running ? 'Pause' : reading.elapsedMs > 0 ? 'Resume' : 'Start';

  const reset = async () => {
    setConfirmReset(false);
    const done = await action.run({ type: 'timer.reset', activityId });
    if (!done) return;
    // The reset is an undo step; the host's status arrives before the reply, so the newest step is this reset.
    const step = store.getState().sync.status?.history?.undo?.step;
    toaster.show({
      message: `Timer reset for “${activityTitle ?? 'this activity'}”.`,
      actionLabel: 'Undo',
      onAction: () => {
        if (step !== undefined) {
          history.undoStep(step);
          return;
        }
        commands.send({ type: 'timer.undoReset', activityId }).catch((error: unknown) => {
          toaster.show({ message: `Could not undo the reset: ${describeError(error)}`, tone: 'error' });
        });
      },
    });
  };

  return (
    <section className={`timer-panel phase-${view.phase}`} aria-labelledby="timer-title" data-testid="timer-panel" data-phase={view.phase}>
      <div className="panel-head">
        <h2 id="timer-title" className="panel-label">
          Timer
        </h2>
        <span className="timer-state" data-testid="timer-state">
          <PhaseIcon phase={view.phase} running={reading.running} />
          {view.urgency ? `${view.urgency} · ${view.motion}` : view.motion}
        </span>
      </div>
      <div className="timer-readout">
        <span className="timer-label">{view.label}</span>
        <span className="timer-clock" data-testid="timer-remaining" role="timer" aria-live="off">
          {view.clock}
        </span>
      </div>
      <TimerAnnouncer activityId={activityId} reading={reading} testId="timer-announcer" />
      <div className="timer-bar" aria-hidden="true">
        <div className="timer-bar-fill" style={{ transform: `scaleX(${view.usedFraction})` }} />
      </div>
      <p className="timer-plan" data-testid="timer-plan">
        Planned {formatClock(timer.plannedMs)}
        {adjustMinutes !== 0 ? ` (${adjustMinutes > 0 ? '+' : '−'}${Math.abs(adjustMinutes)} min)` : ''} · Used {formatUsed(reading.elapsedMs)}
      </p>
      <div className="timer-controls">
        <button
          type="button"
          className="btn btn-primary timer-toggle"
          data-testid="timer-toggle"
          onClick={() => void action.run({ type: reading.running ? 'timer.pause' : 'timer.start', activityId })}
        >
          {toggleLabel}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="timer-minus"
          title="Remove one minute"
          disabled={totalMs(timer) <= MIN_TOTAL_MS}
          onClick={() => void action.run({ type: 'timer.adjust', activityId, deltaMs: -MINUTE_MS })}
        >
          −1 min
        </button>
        <button type="button" className="btn" data-testid="timer-plus" title="Add one minute" onClick={() => void action.run({ type: 'timer.adjust', activityId, deltaMs: MINUTE_MS })}>
          +1 min
        </button>
        <button type="button" className="btn btn-quiet" data-testid="timer-reset" onClick={() => setConfirmReset(true)} disabled={reading.elapsedMs === 0 && adjustMinutes === 0}>
          Reset
        </button>
      </div>
      <InlineError error={action.error} />
      <TimerEndSoundToggle />
      <ShowOvertimeToggle />
      {confirmReset ? (
        <ConfirmDialog
          title="Reset the timer?"
          message={`The timer for “${activityTitle ?? 'this activity'}” goes back to ${formatClock(timer.plannedMs)} and stops. You can undo this for a few seconds.`}
          confirmLabel="Reset timer"
          tone="danger"
          testId="confirm-reset"
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => void reset()}
        />
      ) : null}
    </section>
  );
}
