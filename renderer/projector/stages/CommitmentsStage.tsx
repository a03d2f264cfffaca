import { useMemo, useRef } from 'react';
import { commitmentsFor } from '../../../shared/kinds/commitments';
import type { CommitmentsActivity, SessionState } from '../../../shared/session/types';
import { projectorPage } from '../fit/projectorPage';
import { useFit } from '../fit/useFit';
import { FoldMore } from './FoldMore';
import { StageFrame } from './StageFrame';
import './commitmentsStage.css';

/** Largest commitment text. */
function maxCommitmentSize(width: number, height: number): number {
  return Math.min(height * 0.05, width * 0.03);
}

/** Commitments: who — what — by when, one per line (two or three columns when the list is long), oldest fold first. */
export function CommitmentsStage({ session, activity }: { session: SessionState; activity: CommitmentsActivity }) {
  const commitments = useMemo(() => commitmentsFor(session, activity.id, { includeHidden: false }), [session, activity.id]);
  const rootRef = useRef<HTMLDivElement>(null);
  const signature = commitments.map(({ note }) => `${note.id}@${note.updatedAt}`).join(',');
  useFit(rootRef, signature, { maxSize: maxCommitmentSize, layouts: ['1', '2', '3'], foldFrom: 'start', noun: { one: 'commitment', many: 'commitments' }, page: projectorPage(session, activity.id) });
  return (
    <StageFrame activity={activity} timer={session.timers[activity.id] ?? null} density="kind">
      <div className="pcommit pfit" ref={rootRef} data-testid="presenter-commitments">
        <div className="pcommit-box" data-fit-box="">
          <FoldMore />
          <ol className="pcommit-list" aria-label="Commitments">
            {commitments.map(({ note, who, what, byWhen }) => (
              <li key={note.id} className="pcommit-row" data-fit-item="" data-testid="presenter-commitment">
                <span className="pcommit-who">{who || 'Someone'}</span>
                <span className="pcommit-what pfit-clampable">{what}</span>
                <span className="pcommit-when">{byWhen ? `by ${byWhen}` : 'no date yet'}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </StageFrame>
  );
}
