import { commitmentsFor } from '../../../../shared/kinds/commitments';
import type { CommitmentsActivity, SessionState } from '../../../../shared/session/types';
import { BoardHead } from '../common/BoardHead';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentItem } from './CommitmentItem';
import './commitmentsBoard.css';

/** A commitments board: each person's next step as who / what / by when, listed as the report's checklist will be. */
export function CommitmentsBoard({ activity, session }: { activity: CommitmentsActivity; session: SessionState }) {
  const commitments = commitmentsFor(session, activity.id, { includeHidden: true });
  return (
    <section className="panel work-panel commitments-board" aria-labelledby="board-title" data-testid="commitments-board">
      <BoardHead
        id="board-title"
        title="Commitments"
        count={
          <>
            {commitments.length} {commitments.length === 1 ? 'commitment' : 'commitments'}
          </>
        }
        countTestId="commitments-count"
      />
      <ol className="commitment-list" aria-labelledby="board-title">
        {commitments.length === 0 ? <li className="notes-empty">No commitments yet. Ask each person for one next step, who and by when.</li> : null}
        {commitments.map((commitment) => (
          <CommitmentItem key={commitment.note.id} commitment={commitment} />
        ))}
      </ol>
      <CommitmentForm activityId={activity.id} />
    </section>
  );
}
