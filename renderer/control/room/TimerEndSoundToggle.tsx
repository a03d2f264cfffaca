import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { primeTimerEndTone } from './timerEndTone';
import { useRoomCommands } from './useRoomCommands';
import './room.css';

/** The session's timer-end signal: a tone here and a flash on the projector at 0:00. Off by default; saved with the session. */
export function TimerEndSoundToggle() {
  const on = useAppSelector((state) => state.session?.settings.timerEndSound ?? false);
  const room = useRoomCommands();
  const toggle = useHostAction((next: boolean) => room.setTimerEndSound(next));
  return (
    <>
      <label className="sound-toggle">
        <input
          type="checkbox"
          role="switch"
          data-testid="timer-end-sound"
          checked={on}
          onChange={(event) => {
            if (event.target.checked) primeTimerEndTone();
            void toggle.run(event.target.checked);
          }}
        />
        Sound and projector flash at 0:00
      </label>
      <InlineError prefix="Could not change the sound" error={toggle.error} />
    </>
  );
}
