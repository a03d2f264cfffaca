import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { useSessionCommands } from '../../session/useSessionCommands';

/** Whether the room sees the counts, said plainly, with the one button that changes it. */
export function VoteReveal({ activityId, revealed }: { activityId: string; revealed: boolean }) {
  const commands = useSessionCommands();
  const toggle = useHostAction(() => commands.send({ type: 'vote.setRevealed', activityId, revealed: !revealed }));
  return (
    <div className={`vote-reveal${revealed ? ' is-revealed' : ''}`} data-testid="vote-reveal" data-revealed={revealed}>
      <p className="vote-reveal-state" data-testid="vote-reveal-state" role="status">
        <span className="vote-reveal-icon" aria-hidden="true">
          {revealed ? '◉' : '◌'}
        </span>
        <span>
          <strong>The room sees now:</strong> {revealed ? 'the results, ranked, with the counts.' : 'the options only. Counts are hidden.'}
        </span>
      </p>
      <button type="button" className={`btn ${revealed ? '' : 'btn-primary'}`} data-testid="vote-reveal-toggle" onClick={() => void toggle.run()} disabled={toggle.pending}>
        {revealed ? 'Hide results' : 'Reveal results'}
      </button>
      <InlineError error={toggle.error} />
    </div>
  );
}
