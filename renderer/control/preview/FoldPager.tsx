import { projectedSession } from '../../../shared/session/projector';
import { useHostAction } from '../../app/useHostAction';
import type { FoldCount } from '../../projector/fit/foldReport';
import { projectorPage } from '../../projector/fit/projectorPage';
import { useAppSelector } from '../../store/hooks';
import { sameForRoom, selectSession } from '../../store/sessionSelectors';
import { InlineError } from '../../ui/InlineError';
import { useSessionCommands } from '../session/useSessionCommands';

/**
 * Under the fold warning: lets the facilitator page the projector through the notes it folded ("Show earlier
 * notes"), and back to the newest. The projector says "Page 2 of 3" in each box that pages, so the room knows.
 */
export function FoldPager({ counts }: { counts: readonly FoldCount[] }) {
  const session = useAppSelector(selectSession, sameForRoom);
  const commands = useSessionCommands();
  const setPage = useHostAction((next: { activityId: string; page: number }) => commands.send({ type: 'presenter.setPage', ...next }));
  if (!session) return null;
  const activityId = projectedSession(session).currentActivityId;
  const page = projectorPage(session, activityId);
  const paged = counts.filter((count) => (count.how ?? 'folded') === 'folded');
  const folded = paged.some((count) => count.total > count.shown);
  if (!folded && page === 0) return null;
  const pages = Math.max(0, ...paged.map((count) => count.pages ?? 0));
  const onLast = pages > 0 && page >= pages - 1;
  return (
    <div className="projector-fold-pager" data-testid="projector-fold-pager">
      {page > 0 ? (
        <p className="projector-fold-page" data-testid="projector-fold-page">
          {pages > 0 ? `The projector shows page ${Math.min(page, pages - 1) + 1} of ${pages}.` : 'The projector shows earlier notes.'}
        </p>
      ) : null}
      <button type="button" className="btn" disabled={onLast || !folded} onClick={() => void setPage.run({ activityId, page: page + 1 })}>
        Show earlier notes
      </button>
      {page > 0 ? (
        <button type="button" className="btn" onClick={() => void setPage.run({ activityId, page: 0 })}>
          Back to the newest
        </button>
      ) : null}
      <InlineError prefix="Could not change the projector page" error={setPage.error} />
    </div>
  );
}
