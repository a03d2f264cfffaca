import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { useSessionCommands } from '../session/useSessionCommands';
import './room.css';

/**
 * Whether the room sees a timer run past zero. Off by default (overtime is the facilitator's business): the projector
 * stops at 0:00 "Time's up" while this window keeps counting. Saved with the session.
 */
export function ShowOvertimeToggle() {
  const on = useAppSelector((state) => state.session?.settings.showOvertimeToRoom ?? false);
  const commands = useSessionCommands();
  const toggle = useHostAction((next: boolean) => commands.send({ type: 'settings.setShowOvertime', on: next }));
  return (
    <>
      <label className="sound-toggle">
        <input type="checkbox" role="switch" data-testid="show-overtime" checked={on} onChange={(event) => void toggle.run(event.target.checked)} />
        Show overtime to the room
      </label>
      <InlineError prefix="Could not change the overtime setting" error={toggle.error} />
    </>
  );
}
